import type { DeliverLicensesInput } from "@mymonitor/licensing/modules/licensing"
import type { IssueOrderInvoiceInput } from "@mymonitor/invoicing/workflows/issue-order-invoice"
import type { DeliveryFacts } from "../workflows/steps/load-delivery-facts"

/** The licensing input of an order: every line with a variant; licensing skips what delivers no license. */
export function licenseInputOf(facts: DeliveryFacts): DeliverLicensesInput {
  return {
    order_id: facts.order.id,
    order_number: facts.order.order_number,
    company_id: facts.company.id,
    customer_number: facts.company.customer_number,
    organisation_number: facts.company.organisation_number,
    issued_at: new Date(facts.order.placed_at),
    lines: facts.order.items
      .filter((item) => item.variant_id)
      .map((item) => ({ line_item_id: item.id, variant_id: item.variant_id!, product_title: item.product_title, quantity: item.quantity })),
  }
}

const ore = (kronor: number) => Math.round(kronor * 100)

/** The invoice of an order: its lines (öre, excluding VAT, with the line's VAT rate), the buyer as billed today. */
export function invoiceInputOf(facts: DeliveryFacts): IssueOrderInvoiceInput {
  const profile = facts.billing_profile
  return {
    order_id: facts.order.id,
    company_id: facts.company.id,
    currency_code: facts.order.currency_code,
    issued_at: new Date(facts.order.placed_at),
    your_reference: facts.company_order.your_reference,
    lines: facts.order.items.map((item) => ({
      description: [item.product_title, item.variant_title && item.variant_title !== "Standard" ? item.variant_title : null]
        .filter(Boolean)
        .join(" – "),
      quantity: item.quantity,
      unit_price: ore(item.unit_price),
      tax_rate: item.tax_rate,
    })),
    buyer: {
      company_name: facts.company.name,
      organisation_number: facts.company.organisation_number,
      customer_number: facts.company.customer_number,
      vat_number: profile?.vat_number ?? null,
      address: profile
        ? {
            name: profile.name,
            attention: profile.attention,
            address_line_1: profile.address_line_1,
            address_line_2: profile.address_line_2,
            postal_code: profile.postal_code,
            city: profile.city,
            country_code: profile.country_code,
          }
        : null,
      invoice_email: profile?.invoice_email ?? null,
    },
    payment_terms_days: profile?.payment_terms_days ?? 30,
  }
}
