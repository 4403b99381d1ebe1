import { renderMessage, storedDataOf } from "../../lib/render"

const link = "http://portal.test/sv/mina-sidor/bestallningar/order_01?company=comp_01"
const data = {
  orderNumber: "1042",
  companyName: "Verkstad Nord AB",
  yourReference: "PO-7781",
  lines: [
    { title: "Monitor ERP – användarlicens", quantity: 2, total: 17800 },
    { title: "Rapportgenerator", quantity: 1, total: 4900 },
  ],
  subtotal: 22700,
  taxTotal: 5675,
  total: 28375,
  licenses: [{ product: "Monitor ERP – användarlicens", key: "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2", seats: 2 }],
  invoiceNumber: "1001",
  link,
}

describe("the order confirmation e-mail", () => {
  it("lists the lines, totals, the reference, the license keys and the link in Swedish and English (HTML and text)", () => {
    const mail = renderMessage("order-confirmation", data)
    expect(mail.subject).toBe("Orderbekräftelse 1042 – Monitor Store / Order confirmation 1042 – Monitor Store")
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Tack för din beställning för Verkstad Nord AB. Ordernummer: 1042. Er referens: PO-7781.")
      expect(body).toContain("Thank you for your order for Verkstad Nord AB. Order number: 1042. Your reference: PO-7781.")
      expect(body).toContain("2 × Monitor ERP – användarlicens")
      expect(body).toContain("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2")
      expect(body).toContain("Faktura 1001")
    }
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`<a href="${link}">`)
    expect(mail.html).toContain("Dina licenser är levererade:<br>")
  })

  it("keeps the license keys out of what the notification module stores", () => {
    expect(JSON.stringify(storedDataOf("order-confirmation", data))).not.toContain("ABCDE-FGHJK")
  })

  it("leaves out the license paragraph when nothing was licensed (training, services)", () => {
    const mail = renderMessage("order-confirmation", { ...data, licenses: [], invoiceNumber: null, yourReference: null })
    expect(mail.text).not.toContain("Dina licenser")
    expect(mail.text).not.toContain("Er referens")
  })
})
