import { renderMessage } from "../../lib/render"

const link = "http://portal.test/sv/mina-sidor/offerter/quo_01?company=comp_01"

describe("the quote reply e-mail", () => {
  it("quotes staff's message with the author and the link in Swedish and English (HTML and text)", () => {
    const mail = renderMessage("quote-reply", {
      quoteNumber: "1001",
      companyName: "Verkstad Nord AB",
      authorName: "Sara Säljare",
      body: "Vi kan erbjuda 10 % rabatt.",
      link,
    })
    expect(mail.subject).toBe("Nytt meddelande i offert 1001 / New message on quote 1001")
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Sara Säljare på Monitor har skrivit i offert 1001 för Verkstad Nord AB:")
      expect(body).toContain("Sara Säljare at Monitor has written on quote 1001 for Verkstad Nord AB:")
      expect(body).toContain("Vi kan erbjuda 10 % rabatt.")
    }
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`<a href="${link}">`)
  })
})
