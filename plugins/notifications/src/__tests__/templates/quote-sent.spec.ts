import { renderMessage } from "../../lib/render"

const link = "http://portal.test/sv/mina-sidor/offerter/quo_01?company=comp_01"

describe("the quote-sent e-mail", () => {
  it("gives the total with VAT, the validity and the link in Swedish and English (HTML and text)", () => {
    const mail = renderMessage("quote-sent", {
      quoteNumber: "1001",
      companyName: "Verkstad Nord AB",
      total: 12500,
      validUntil: "2027-01-31",
      link,
    })
    expect(mail.subject).toBe("Offert 1001 från Monitor – giltig till 2027-01-31 / Quote 1001 from Monitor – valid until 2027-01-31")
    for (const body of [mail.text, mail.html]) {
      expect(body).toMatch(/Att betala: 12\s500,00\skr inkl\. moms\./)
      expect(body).toContain("Offerten gäller till och med 2027-01-31.")
      expect(body).toContain("The quote is valid through 2027-01-31.")
    }
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`<a href="${link}">`)
  })
})
