import { renderMessage } from "../../lib/render"
import type { InvoiceIssuedData } from "../../templates"

const link = "http://portal.test/sv/mina-sidor/fakturor"
const data: InvoiceIssuedData = {
  kind: "invoice",
  invoiceNumber: "1042",
  companyName: "Verkstad Nord AB",
  issueDate: "2026-12-04",
  dueDate: "2027-01-03",
  totalOre: 1_407_582,
  currency: "sek",
  bankgiro: "5555-5551",
  ocr: "104262",
  yourReference: "Anna Andersson",
  sellerName: "Monitor ERP System AB",
  link,
}
// Intl puts a no-break space between thousands and before "kr".
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("the invoice-issued e-mail", () => {
  it("gives the amount, due date, bankgiro and OCR in Swedish, then English, in the text and the HTML", () => {
    const mail = renderMessage("invoice-issued", data)
    expect(mail.subject).toBe("Faktura 1042 från Monitor ERP System AB / Invoice 1042 from Monitor ERP System AB")
    const text = plain(mail.text)
    expect(text).toContain(
      "Här är faktura 1042 till Verkstad Nord AB, daterad 2026-12-04. Att betala: 14 075,82 kr senast 2027-01-03. Er referens: Anna Andersson."
    )
    expect(text).toContain("Betala till bankgiro 5555-5551 och ange OCR-nummer 104262.")
    expect(text).toContain("Here is invoice 1042 to Verkstad Nord AB, dated 2026-12-04. Amount due: SEK 14,075.82 by 2027-01-03.")
    expect(text).toContain("Pay to bankgiro 5555-5551 quoting the OCR reference 104262.")
    expect(text.indexOf("Hej!")).toBeLessThan(text.indexOf("Hello,"))
    expect(text).toContain(`Mina sidor › Fakturor:\n${link}`)
    const html = plain(mail.html)
    expect(html).toContain(`<a href="${link}">${link}</a>`)
    expect(html).toMatch(/<div lang="sv">[\s\S]*OCR-nummer 104262[\s\S]*<\/div>\s*<hr[^>]*>\s*<div lang="en">[\s\S]*OCR reference 104262/)
  })

  it("words a credit note without payment details, English first for an English reader", () => {
    const mail = renderMessage(
      "invoice-issued",
      {
        ...data,
        kind: "credit_note",
        invoiceNumber: "K7",
        totalOre: -1_407_582,
        dueDate: null,
        ocr: null,
        bankgiro: null,
        yourReference: null,
      },
      { locale: "en" }
    )
    expect(mail.subject).toBe("Credit note K7 from Monitor ERP System AB / Kreditfaktura K7 från Monitor ERP System AB")
    const text = plain(mail.text)
    expect(text).toContain("Here is credit note K7 to Verkstad Nord AB, dated 2026-12-04. Amount credited: SEK 14,075.82.")
    expect(text).toContain("Krediterat belopp: 14 075,82 kr.")
    expect(text).not.toMatch(/bankgiro|OCR|referens|reference:/i)
    expect(mail.html.indexOf('<div lang="en">')).toBeLessThan(mail.html.indexOf('<div lang="sv">'))
  })

  it("escapes a hostile company name in the HTML", () => {
    const mail = renderMessage("invoice-issued", { ...data, companyName: "<img src=x onerror=alert(1)> AB" })
    expect(mail.html).not.toContain("<img")
    expect(mail.html).toContain("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; AB")
  })
})
