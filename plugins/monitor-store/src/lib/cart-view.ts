import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { licenseTermsOfVariants, type LicenseTermsView } from "./license-terms"
import { amountOf, taxesByRate, type TaxByRate } from "./money"

export type CartLineView = {
  id: string
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number
  subtotal: number
  tax_total: number
  total: number
  license_terms: LicenseTermsView | null
}
export type CartView = {
  id: string
  company_id: string
  currency_code: string
  items: CartLineView[]
  item_count: number
  subtotal: number
  tax_total: number
  total: number
  taxes: TaxByRate[]
  completed_at: Date | null
}

type Amount = number | { value?: string | number; numeric?: number } | null | undefined
type CartRow = {
  id: string
  currency_code: string
  completed_at: Date | null
  subtotal: Amount
  item_subtotal: Amount
  tax_total: Amount
  total: Amount
  items: {
    id: string
    variant_id: string | null
    product_title: string | null
    variant_title: string | null
    variant_sku: string | null
    quantity: Amount
    unit_price: Amount
    subtotal: Amount
    tax_total: Amount
    total: Amount
    created_at: Date
    tax_lines: { rate: number }[]
  }[]
}

export const CART_FIELDS = [
  "id",
  "currency_code",
  "completed_at",
  "subtotal",
  "item_subtotal",
  "tax_total",
  "total",
  "items.id",
  "items.variant_id",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.tax_total",
  "items.total",
  "items.created_at",
  "items.tax_lines.rate",
]

/** A company cart as the buyer sees it: lines, totals excluding VAT, VAT per rate, the total. */
export async function cartView(container: MedusaContainer, cartId: string, companyId: string): Promise<CartView> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  const cart = data[0] as unknown as CartRow
  const items = [...(cart.items ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const terms = await licenseTermsOfVariants(
    container,
    items.map((item) => item.variant_id).filter((id): id is string => !!id)
  )
  const lines: CartLineView[] = items.map((item) => ({
    id: item.id,
    variant_id: item.variant_id,
    product_title: item.product_title,
    variant_title: item.variant_title,
    sku: item.variant_sku,
    quantity: amountOf(item.quantity),
    unit_price: amountOf(item.unit_price),
    subtotal: amountOf(item.subtotal),
    tax_total: amountOf(item.tax_total),
    total: amountOf(item.total),
    license_terms: (item.variant_id && terms.get(item.variant_id)) || null,
  }))
  return {
    id: cart.id,
    company_id: companyId,
    currency_code: cart.currency_code,
    items: lines,
    item_count: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: amountOf(cart.item_subtotal ?? cart.subtotal),
    tax_total: amountOf(cart.tax_total),
    total: amountOf(cart.total),
    taxes: taxesByRate(items.map((item) => ({ rates: item.tax_lines ?? [], tax: amountOf(item.tax_total) }))),
    completed_at: cart.completed_at ?? null,
  }
}
