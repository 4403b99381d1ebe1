import { model } from "@medusajs/framework/utils"

/**
 * Where and how a company is invoiced (linked read-only to company-tenancy's company,
 * links/company-billing-profile.ts): the billing address, its VAT number, the address
 * invoices are e-mailed to and the payment terms.
 */
export const CompanyBillingProfile = model
  .define("company_billing_profile", {
    id: model.id({ prefix: "bill" }).primaryKey(),
    company_id: model.text(),
    /** The name on the invoice address (usually the company's). */
    name: model.text(),
    /** "Att": the person or department the invoice is for. */
    attention: model.text().nullable(),
    address_line_1: model.text(),
    address_line_2: model.text().nullable(),
    postal_code: model.text(),
    city: model.text(),
    country_code: model.text().default("se"),
    /** SE + 12 digits (the organisation number + 01), validated by lib/vat-number.ts. */
    vat_number: model.text().nullable(),
    invoice_email: model.text(),
    payment_terms_days: model.number().default(30),
  })
  .indexes([{ on: ["company_id"], unique: true, where: "deleted_at IS NULL" }])
