import { renderMessage } from "../../lib/render"
import { SAMPLES } from "../helpers/samples"

const link = "http://portal.test/sv/support/comp_1/tkt_abc"

describe("the support ticket e-mails", () => {
  it("confirms a new ticket in Swedish, then English, with the ticket link", () => {
    const mail = renderMessage("support-ticket-created", SAMPLES["support-ticket-created"].data)
    expect(mail.subject).toBe(
      "Ärende 10042 har tagits emot: Fakturan skrivs inte ut / Ticket 10042 has been received: Fakturan skrivs inte ut"
    )
    expect(mail.text).toContain("Vi har tagit emot ditt supportärende 10042 för Verkstad Nord AB")
    expect(mail.text).toContain("We have received your support ticket 10042 for Verkstad Nord AB")
    expect(mail.text.indexOf("Hej!")).toBeLessThan(mail.text.indexOf("Hello,"))
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`)
  })

  it("carries the staff reply's text and who wrote it", () => {
    const mail = renderMessage("support-ticket-reply", SAMPLES["support-ticket-reply"].data)
    expect(mail.subject).toMatch(/^Nytt svar i ärende 10042/)
    expect(mail.text).toContain("Sara Support från supporten har svarat i ärende 10042 för Verkstad Nord AB:")
    expect(mail.text).toContain("Prova att välja en annan skrivare.")
    expect(mail.text).toContain(link)
  })

  it("names the statuses as the portal does, in both languages", () => {
    const mail = renderMessage("support-ticket-status", SAMPLES["support-ticket-status"].data)
    expect(mail.subject).toBe(
      "Ärende 10042 har status Löst: Fakturan skrivs inte ut / Ticket 10042 is now Resolved: Fakturan skrivs inte ut"
    )
    expect(mail.text).toContain("har ändrat status från Pågående till Löst.")
    expect(mail.text).toContain("has changed status from In progress to Resolved.")
  })

  it("escapes a subject with markup in the HTML", () => {
    const mail = renderMessage("support-ticket-status", { ...SAMPLES["support-ticket-status"].data, subject: "<b>x</b>", from: null })
    expect(mail.html).not.toContain("<b>x</b>")
    expect(mail.text).toContain("har ändrat status till Löst.")
  })

  it("tells when the ticket closes by itself, English first for an English reader", () => {
    const mail = renderMessage("support-ticket-close-notice", SAMPLES["support-ticket-close-notice"].data, { locale: "en" })
    expect(mail.subject).toMatch(/^Ticket 10042 closes soon/)
    expect(mail.text).toContain("closes automatically on 16 December 2026.")
    expect(mail.text).toContain("stängs automatiskt 16 december 2026.")
    expect(mail.text.indexOf("Hello,")).toBeLessThan(mail.text.indexOf("Hej!"))
  })
})
