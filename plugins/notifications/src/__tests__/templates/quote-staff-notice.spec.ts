import { renderMessage } from "../../lib/render"

const link = "http://localhost:9000/app/quotes/quo_01"

describe("the vendor staff's quote notice", () => {
  it("says what happened in both languages, with the message and the admin link (HTML and text)", () => {
    const mail = renderMessage("quote-staff-notice", {
      event: "requested",
      quoteNumber: "1001",
      companyName: "Verkstad Nord AB",
      personName: "Anna Berg",
      message: "Vi behöver 5 användare till.",
      link,
    })
    expect(mail.subject).toContain("Offert 1001 (Verkstad Nord AB): Anna Berg har begärt en offert")
    expect(mail.subject).toContain("Quote 1001 (Verkstad Nord AB): Anna Berg has requested a quote")
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Anna Berg på Verkstad Nord AB har begärt en offert (offert 1001).")
      expect(body).toContain("Anna Berg at Verkstad Nord AB has requested a quote (quote 1001).")
      expect(body).toContain("Vi behöver 5 användare till.")
    }
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`<a href="${link}">`)
  })

  it("words an acceptance without a message paragraph", () => {
    const mail = renderMessage("quote-staff-notice", {
      event: "accepted",
      quoteNumber: "1001",
      companyName: "Verkstad Nord AB",
      personName: "Anna Berg",
      message: null,
      link,
    })
    expect(mail.text).toContain("har accepterat offerten")
    expect(mail.text).toContain("has accepted the quote")
    expect(mail.text).not.toContain("Meddelande:")
  })
})
