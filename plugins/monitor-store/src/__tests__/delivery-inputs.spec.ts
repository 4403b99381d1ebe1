import { invoiceInputOf, licenseInputOf } from "../lib/delivery-inputs"
import type { DeliveryFacts } from "../workflows/steps/load-delivery-facts"

const facts: DeliveryFacts = {
  order: {
    id: "order_1",
    order_number: "1042",
    placed_at: new Date("2026-12-04T08:00:00Z"),
    currency_code: "sek",
    customer_id: "cus_1",
    buyer: { name: "Bertil Berg", email: "bertil@example.se" },
    items: [
      {
        id: "ordli_1",
        product_title: "Monitor ERP – användarlicens",
        variant_title: "Standard",
        variant_id: "variant_1",
        sku: "MON-USER",
        quantity: 3,
        unit_price: 8900,
        subtotal: 26700,
        tax_total: 6675,
        total: 33375,
        tax_rate: 25,
      },
      {
        id: "ordli_2",
        product_title: "Grundutbildning",
        variant_title: "Halvdag",
        variant_id: null,
        sku: null,
        quantity: 1,
        unit_price: 2499.5,
        subtotal: 2499.5,
        tax_total: 624.88,
        total: 3124.38,
        tax_rate: 25,
      },
    ],
    subtotal: 29199.5,
    tax_total: 7299.88,
    total: 36499.38,
    taxes: [{ rate: 25, amount: 7299.88 }],
  },
  company: { id: "comp_1", name: "Verkstad Nord AB", organisation_number: "556101-2344", customer_number: "10001" },
  company_order: { your_reference: "PO-7781", customer_id: "cus_1" },
  billing_profile: null,
}

describe("the delivery's inputs", () => {
  it("gives licensing every line with a variant, keyed by the order line item", () => {
    expect(licenseInputOf(facts)).toEqual({
      order_id: "order_1",
      order_number: "1042",
      company_id: "comp_1",
      customer_number: "10001",
      organisation_number: "556101-2344",
      issued_at: new Date("2026-12-04T08:00:00Z"),
      lines: [{ line_item_id: "ordli_1", variant_id: "variant_1", product_title: "Monitor ERP – användarlicens", quantity: 3 }],
    })
  })

  it("gives invoicing öre excluding VAT, the line's rate, the reference and 30 days without a billing profile", () => {
    const input = invoiceInputOf(facts)
    expect(input.lines).toEqual([
      { description: "Monitor ERP – användarlicens", quantity: 3, unit_price: 890000, tax_rate: 25 },
      { description: "Grundutbildning – Halvdag", quantity: 1, unit_price: 249950, tax_rate: 25 },
    ])
    expect(input).toEqual(expect.objectContaining({ your_reference: "PO-7781", payment_terms_days: 30, currency_code: "sek" }))
    expect(input.buyer).toEqual(
      expect.objectContaining({ company_name: "Verkstad Nord AB", organisation_number: "556101-2344", address: null })
    )
  })
})
