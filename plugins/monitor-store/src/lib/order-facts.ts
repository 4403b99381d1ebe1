import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { amountOf, taxesByRate, type TaxByRate } from "./money"

type Amount = number | string | { value?: string | number; numeric?: number } | null | undefined
type OrderRow = {
  id: string
  display_id: number
  created_at: Date
  currency_code: string
  email: string | null
  customer_id: string | null
  subtotal: Amount
  item_subtotal: Amount
  tax_total: Amount
  total: Amount
  customer?: { first_name: string | null; last_name: string | null; email: string | null } | null
  items: {
    id: string
    product_title: string | null
    variant_title: string | null
    variant_id: string | null
    variant_sku: string | null
    quantity: Amount
    unit_price: Amount
    subtotal: Amount
    tax_total: Amount
    total: Amount
    created_at: Date
    tax_lines?: { rate: number }[]
  }[]
}

export type OrderLineFacts = {
  id: string
  product_title: string
  variant_title: string | null
  variant_id: string | null
  sku: string | null
  quantity: number
  unit_price: number
  subtotal: number
  tax_total: number
  total: number
  tax_rate: number
}

export type OrderFacts = {
  id: string
  /** The order number the buyer and staff see ("Ordernummer"); Medusa's display_id, which may have gaps (never an invoice number). */
  order_number: string
  placed_at: Date
  currency_code: string
  customer_id: string | null
  buyer: { name: string; email: string | null }
  items: OrderLineFacts[]
  subtotal: number
  tax_total: number
  total: number
  taxes: TaxByRate[]
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "email",
  "customer_id",
  "subtotal",
  "item_subtotal",
  "tax_total",
  "total",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.tax_total",
  "items.total",
  "items.created_at",
  "items.tax_lines.rate",
]

/** Orders as the store shows and delivers them: lines with VAT, totals, the buyer. */
export async function orderFactsOf(container: MedusaContainer, orderIds: string[]): Promise<Map<string, OrderFacts>> {
  const facts = new Map<string, OrderFacts>()
  if (!orderIds.length) return facts
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  for (const order of data as unknown as OrderRow[]) {
    const items = [...(order.items ?? [])]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((item) => ({
        id: item.id,
        product_title: item.product_title ?? "",
        variant_title: item.variant_title,
        variant_id: item.variant_id,
        sku: item.variant_sku,
        quantity: amountOf(item.quantity),
        unit_price: amountOf(item.unit_price),
        subtotal: amountOf(item.subtotal),
        tax_total: amountOf(item.tax_total),
        total: amountOf(item.total),
        tax_rate: (item.tax_lines ?? []).reduce((sum, line) => sum + line.rate, 0),
      }))
    const name = [order.customer?.first_name, order.customer?.last_name].filter(Boolean).join(" ")
    facts.set(order.id, {
      id: order.id,
      order_number: String(order.display_id),
      placed_at: order.created_at,
      currency_code: order.currency_code,
      customer_id: order.customer_id,
      buyer: { name: name || order.email || "", email: order.email ?? order.customer?.email ?? null },
      items,
      subtotal: amountOf(order.item_subtotal ?? order.subtotal),
      tax_total: amountOf(order.tax_total),
      total: amountOf(order.total),
      taxes: taxesByRate(items.map((item) => ({ rates: [{ rate: item.tax_rate }], tax: item.tax_total }))),
    })
  }
  return facts
}
