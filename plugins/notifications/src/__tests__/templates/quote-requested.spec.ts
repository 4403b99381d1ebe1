import { renderMessage } from "../../lib/render"

const link = "http://portal.test/sv/mina-sidor/offerter/quo_01?company=comp_01"

describe("the quote request confirmation", () => {
  it("names the requester, company, number and message, with the link, in Swedish and English (HTML and text)", () => {
    const mail = renderMessage("quote-requested", {
      quoteNumber: "1001",
      companyName: "Verkstad Nord AB",
      requesterName: "Anna Berg",
      message: "Vi behöver 5 användare till.",
      link,
    })
    expect(mail.subject).toBe("Offertförfrågan 1001 mottagen – Monitor Store / Quote request 1001 received – Monitor Store")
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Anna Berg har begärt en offert för Verkstad Nord AB (offert 1001).")
      expect(body).toContain("Anna Berg has requested a quote for Verkstad Nord AB (quote 1001).")
      expect(body).toContain("Vi behöver 5 användare till.")
    }
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`<a href="${link}">`)
  })
})
