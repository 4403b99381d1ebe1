import type { MedusaContainer } from "@medusajs/framework/types"
import { INVOICING_MODULE, invoiceStatus, type InvoicingModuleService, type InvoiceStatus } from "@mymonitor/invoicing/modules/invoicing"
import { LICENSING_MODULE, licenseStatus, type LicensingModuleService } from "@mymonitor/licensing/modules/licensing"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService, type CompanyOrderRow } from "../modules/company-commerce"
import { companySummariesOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { orderFactsOf, type OrderFacts } from "./order-facts"
import type { TaxByRate } from "./money"

/** An order names its company by id and name (the lists' company column). */
export type OrderCompany = { id: string; name: string }
export type InvoiceRef = { id: string; number: string; status: InvoiceStatus; due_date: string; total: number }
export type OrderSummary = {
  id: string
  order_number: string
  company: OrderCompany
  placed_at: Date
  buyer: { name: string; email: string | null }
  your_reference: string | null
  total: number
  currency_code: string
  item_count: number
  delivery_status: CompanyOrderRow["delivery_status"]
  invoice: InvoiceRef | null
}
export type OrderLicense = {
  id: string
  license_key: string
  product_title: string
  product_code: string
  kind: string
  seats: number
  term: string
  valid_from: Date
  valid_until: Date | null
  status: string
}
export type OrderView = OrderSummary & {
  items: {
    id: string
    product_title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: number
    subtotal: number
    tax_total: number
    total: number
  }[]
  subtotal: number
  tax_total: number
  taxes: TaxByRate[]
  licenses: OrderLicense[]
}

function summaryOf(row: CompanyOrderRow, order: OrderFacts, { id, name }: OrderCompany, invoice: InvoiceRef | null): OrderSummary {
  return {
    id: row.order_id,
    order_number: order.order_number,
    company: { id, name },
    placed_at: row.created_at,
    buyer: order.buyer,
    your_reference: row.your_reference,
    total: order.total,
    currency_code: order.currency_code,
    item_count: order.items.reduce((sum, item) => sum + item.quantity, 0),
    delivery_status: row.delivery_status,
    invoice,
  }
}

async function invoicesOf(container: MedusaContainer, orderIds: string[], now: Date): Promise<Map<string, InvoiceRef>> {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const refs = new Map<string, InvoiceRef>()
  await Promise.all(
    orderIds.map(async (orderId) => {
      const invoice = await invoicing.invoiceForOrder(orderId)
      if (invoice) {
        refs.set(orderId, {
          id: invoice.id,
          number: invoice.display_number,
          status: invoiceStatus(invoice, now),
          due_date: invoice.due_date,
          total: invoice.total / 100,
        })
      }
    })
  )
  return refs
}

/** Company orders as the lists of Mina sidor show them, in the order given. */
export async function orderSummariesOf(container: MedusaContainer, rows: CompanyOrderRow[], now = new Date()): Promise<OrderSummary[]> {
  const orderIds = rows.map((row) => row.order_id)
  const [facts, companies, invoices] = await Promise.all([
    orderFactsOf(container, orderIds),
    companySummariesOf(
      container,
      rows.map((row) => row.company_id)
    ),
    invoicesOf(container, orderIds, now),
  ])
  return rows
    .filter((row) => facts.has(row.order_id))
    .map((row) =>
      summaryOf(
        row,
        facts.get(row.order_id)!,
        companies.get(row.company_id) ?? { id: row.company_id, name: "" },
        invoices.get(row.order_id) ?? null
      )
    )
}

/** One company order with its lines, VAT, delivered licenses and invoice. */
export async function orderViewOf(container: MedusaContainer, orderId: string, now = new Date()): Promise<OrderView> {
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const row = await commerce.companyOrderOf(orderId)
  if (!row) throw new Error(`Order ${orderId} is no company order`)
  const [facts, companies, invoices, licenses] = await Promise.all([
    orderFactsOf(container, [orderId]),
    companySummariesOf(container, [row.company_id]),
    invoicesOf(container, [orderId], now),
    container.resolve<LicensingModuleService>(LICENSING_MODULE).licensesOfOrder(orderId),
  ])
  const order = facts.get(orderId)
  if (!order) throw new Error(`Order ${orderId} was not found`)
  const company = companies.get(row.company_id) ?? { id: row.company_id, name: "" }
  return {
    ...summaryOf(row, order, company, invoices.get(orderId) ?? null),
    items: order.items.map(({ id, product_title, variant_title, sku, quantity, unit_price, subtotal, tax_total, total }) => ({
      id,
      product_title,
      variant_title,
      sku,
      quantity,
      unit_price,
      subtotal,
      tax_total,
      total,
    })),
    subtotal: order.subtotal,
    tax_total: order.tax_total,
    taxes: order.taxes,
    licenses: licenses.map((license) => ({
      id: license.id,
      license_key: license.license_key,
      product_title: license.product_title,
      product_code: license.product_code,
      kind: license.kind,
      seats: license.seats,
      term: license.term,
      valid_from: license.valid_from,
      valid_until: license.valid_until ?? null,
      status: licenseStatus(license, now),
    })),
  }
}
