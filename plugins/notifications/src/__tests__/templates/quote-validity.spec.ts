import { renderMessage } from "../../lib/render"

const link = "http://portal.test/sv/mina-sidor/offerter/quo_01?company=comp_01"
const data = { quoteNumber: "1001", companyName: "Verkstad Nord AB", validUntil: "2027-01-31", link }

describe("the quote validity e-mails", () => {
  it("reminds before the quote ends, in Swedish and English (HTML and text), with the link", () => {
    const mail = renderMessage("quote-validity", { ...data, expired: false })
    expect(mail.subject).toBe("Påminnelse: offert 1001 gäller till 2027-01-31 / Reminder: quote 1001 is valid until 2027-01-31")
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Offert 1001 för Verkstad Nord AB gäller till och med 2027-01-31.")
      expect(body).toContain("Quote 1001 for Verkstad Nord AB is valid through 2027-01-31.")
    }
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`<a href="${link}">`)
  })

  it("says that it has expired, once it has", () => {
    const mail = renderMessage("quote-validity", { ...data, expired: true })
    expect(mail.subject).toBe("Offert 1001 har gått ut / Quote 1001 has expired")
    expect(mail.text).toContain("kan inte längre accepteras")
    expect(mail.text).toContain("can no longer be accepted")
    expect(mail.text).toContain(link)
  })
})
