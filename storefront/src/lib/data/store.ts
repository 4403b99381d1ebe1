import { bearer, callBackend, type BackendResult } from "./backend"
import { isObject, list, num, optStr, str, type Raw } from "./read-json"

// Monitor Store and Mina sidor › Beställningar (plugins/monitor-store's store routes) and the
// company's billing profile (plugins/invoicing). Every answer is read through one `read…` function
// below, so that a change of the backend's shape is a change here and nowhere else.
// Amounts are SEK in kronor (9900 = 9 900 kr), excluding VAT unless the name says `with_tax`.

export const PRODUCT_CATEGORIES = ["user_license", "addon_module", "integration", "training", "service"] as const
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]

export interface LicenseTerms {
  product_code: string
  category: ProductCategory | null
  kind: "named_user" | "company" | "site" | string
  seats: number
  term: "perpetual" | "yearly" | string
  delivers_license: boolean
}

export interface VariantPrice {
  amount: number
  amount_with_tax: number
  tax_amount: number
  tax_rate: number
  currency_code: string
  is_company_price: boolean
  original_amount: number | null
}

export interface ProductVariant {
  id: string
  title: string
  sku: string | null
  license_terms: LicenseTerms | null
  price: VariantPrice | null
}

export interface Product {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  category: ProductCategory | null
  variants: ProductVariant[]
}

export interface Catalog {
  company: { id: string; name: string }
  products: Product[]
}

export interface TaxLine {
  rate: number
  amount: number
}

export interface CartItem {
  id: string
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number
  subtotal: number
  tax_total: number
  total: number
  license_terms: LicenseTerms | null
}

export interface Cart {
  id: string
  company_id: string
  currency_code: string
  items: CartItem[]
  item_count: number
  subtotal: number
  tax_total: number
  total: number
  taxes: TaxLine[]
}

export interface BillingProfile {
  name: string
  attention: string | null
  address_1: string
  address_2: string | null
  postal_code: string
  city: string
  country_code: string
  vat_number: string | null
  invoice_email: string
  payment_terms_days: number
}

export interface BillingDetails {
  billing_profile: BillingProfile | null
  company: { id: string; name: string; organisation_number: string | null }
}

export type DeliveryStatus = "pending" | "delivered"

export interface OrderInvoiceRef {
  id: string
  number: string
  status: string
}

export interface OrderSummary {
  id: string
  order_number: string
  company: { id: string; name: string }
  placed_at: string
  buyer: { name: string; email: string }
  your_reference: string | null
  total: number
  currency_code: string
  item_count: number
  delivery_status: DeliveryStatus | string
  invoice: OrderInvoiceRef | null
}

export interface OrderItem {
  id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number
  subtotal: number
  tax_total: number
  total: number
}

export interface OrderLicense {
  id: string
  license_key: string
  product_title: string
  product_code: string
  kind: string
  seats: number
  term: string
  valid_from: string | null
  valid_until: string | null
  status: string
}

export interface Order extends OrderSummary {
  items: OrderItem[]
  subtotal: number
  tax_total: number
  taxes: TaxLine[]
  licenses: OrderLicense[]
}

export interface OrderPage {
  orders: OrderSummary[]
  count: number
  limit: number
  offset: number
}

// ---- reading the answers (tolerant: a missing field is a default, never a crash) ----

function readCategory(value: unknown): ProductCategory | null {
  return (PRODUCT_CATEGORIES as readonly string[]).includes(value as string) ? (value as ProductCategory) : null
}

export function readLicenseTerms(value: unknown): LicenseTerms | null {
  if (!isObject(value)) return null
  return {
    product_code: str(value.product_code),
    category: readCategory(value.category),
    kind: str(value.kind),
    seats: num(value.seats, 1),
    term: str(value.term),
    delivers_license: value.delivers_license !== false,
  }
}

function readPrice(value: unknown): VariantPrice | null {
  if (!isObject(value) || value.amount === undefined || value.amount === null) return null
  const amount = num(value.amount)
  const rate = num(value.tax_rate, 25)
  const tax = value.tax_amount === undefined ? (amount * rate) / 100 : num(value.tax_amount)
  return {
    amount,
    amount_with_tax: value.amount_with_tax === undefined ? amount + tax : num(value.amount_with_tax),
    tax_amount: tax,
    tax_rate: rate,
    currency_code: str(value.currency_code, "sek"),
    is_company_price: value.is_company_price === true,
    original_amount: value.original_amount === undefined || value.original_amount === null ? null : num(value.original_amount),
  }
}

export function readProduct(value: Raw): Product {
  return {
    id: str(value.id),
    title: str(value.title),
    handle: str(value.handle),
    description: optStr(value.description),
    thumbnail: optStr(value.thumbnail),
    category: readCategory(value.category),
    variants: list(value.variants).map((variant) => ({
      id: str(variant.id),
      title: str(variant.title),
      sku: optStr(variant.sku),
      license_terms: readLicenseTerms(variant.license_terms),
      price: readPrice(variant.price),
    })),
  }
}

function readTaxes(value: unknown): TaxLine[] {
  return list(value).map((tax) => ({ rate: num(tax.rate), amount: num(tax.amount) }))
}

export function readCart(value: unknown): Cart {
  const cart = isObject(value) ? value : {}
  const items = list(cart.items).map((item) => ({
    id: str(item.id),
    variant_id: str(item.variant_id),
    product_title: str(item.product_title ?? item.title),
    variant_title: optStr(item.variant_title),
    sku: optStr(item.sku ?? item.variant_sku),
    quantity: num(item.quantity, 1),
    unit_price: num(item.unit_price),
    subtotal: num(item.subtotal),
    tax_total: num(item.tax_total),
    total: num(item.total),
    license_terms: readLicenseTerms(item.license_terms),
  }))
  return {
    id: str(cart.id),
    company_id: str(cart.company_id),
    currency_code: str(cart.currency_code, "sek"),
    items,
    item_count: num(
      cart.item_count,
      items.reduce((sum, item) => sum + item.quantity, 0)
    ),
    subtotal: num(cart.subtotal),
    tax_total: num(cart.tax_total),
    total: num(cart.total),
    taxes: readTaxes(cart.taxes),
  }
}

function readBillingProfile(value: unknown): BillingProfile | null {
  if (!isObject(value)) return null
  return {
    name: str(value.name),
    attention: optStr(value.attention),
    address_1: str(value.address_1 ?? value.address_line_1),
    address_2: optStr(value.address_2 ?? value.address_line_2),
    postal_code: str(value.postal_code),
    city: str(value.city),
    country_code: str(value.country_code, "se"),
    vat_number: optStr(value.vat_number),
    invoice_email: str(value.invoice_email),
    payment_terms_days: num(value.payment_terms_days, 30),
  }
}

function readInvoiceRef(value: unknown): OrderInvoiceRef | null {
  if (!isObject(value) || !value.id) return null
  return { id: str(value.id), number: str(value.number ?? value.display_number), status: str(value.status) }
}

export function readOrderSummary(value: Raw): OrderSummary {
  const company = isObject(value.company) ? value.company : {}
  const buyer = isObject(value.buyer) ? value.buyer : {}
  return {
    id: str(value.id),
    order_number: str(value.order_number ?? value.display_id),
    company: { id: str(company.id ?? value.company_id), name: str(company.name) },
    placed_at: str(value.placed_at ?? value.created_at),
    buyer: { name: str(buyer.name), email: str(buyer.email) },
    your_reference: optStr(value.your_reference),
    total: num(value.total),
    currency_code: str(value.currency_code, "sek"),
    item_count: num(value.item_count),
    delivery_status: str(value.delivery_status, "pending"),
    invoice: readInvoiceRef(value.invoice),
  }
}

export function readOrderLicense(value: Raw): OrderLicense {
  return {
    id: str(value.id),
    license_key: str(value.license_key),
    product_title: str(value.product_title),
    product_code: str(value.product_code),
    kind: str(value.kind),
    seats: num(value.seats, 1),
    term: str(value.term),
    valid_from: optStr(value.valid_from),
    valid_until: optStr(value.valid_until),
    status: str(value.status),
  }
}

export function readOrder(value: unknown): Order {
  const order = isObject(value) ? value : {}
  return {
    ...readOrderSummary(order),
    items: list(order.items).map((item) => ({
      id: str(item.id),
      product_title: str(item.product_title ?? item.title),
      variant_title: optStr(item.variant_title),
      sku: optStr(item.sku ?? item.variant_sku),
      quantity: num(item.quantity, 1),
      unit_price: num(item.unit_price),
      subtotal: num(item.subtotal),
      tax_total: num(item.tax_total),
      total: num(item.total),
    })),
    subtotal: num(order.subtotal),
    tax_total: num(order.tax_total),
    taxes: readTaxes(order.taxes),
    licenses: list(order.licenses).map(readOrderLicense),
  }
}

// ---- the calls ----

const companyPath = (companyId: string, rest = "") => `/store/companies/${encodeURIComponent(companyId)}${rest}`
const cartPath = (companyId: string, cartId: string, rest = "") => companyPath(companyId, `/carts/${encodeURIComponent(cartId)}${rest}`)

function mapped<T, U>(result: BackendResult<T>, read: (data: T) => U): BackendResult<U> {
  return result.ok ? { ok: true, status: result.status, data: read(result.data) } : result
}

/** The company's catalog with the company's own prices (its price list when it has one). */
export async function listCompanyProducts(token: string, companyId: string): Promise<BackendResult<Catalog>> {
  const result = await callBackend<Raw>(companyPath(companyId, "/products"), { headers: bearer(token) })
  return mapped(result, (data) => {
    const company = isObject(data.company) ? data.company : {}
    return { company: { id: str(company.id, companyId), name: str(company.name) }, products: list(data.products).map(readProduct) }
  })
}

/** The caller's open cart for the company (the backend creates it when there is none). */
export async function openCart(token: string, companyId: string): Promise<BackendResult<Cart>> {
  const result = await callBackend<Raw>(companyPath(companyId, "/carts"), { method: "POST", body: {}, headers: bearer(token) })
  return mapped(result, (data) => readCart(data.cart))
}

export async function retrieveCart(token: string, companyId: string, cartId: string): Promise<BackendResult<Cart>> {
  const result = await callBackend<Raw>(cartPath(companyId, cartId), { headers: bearer(token) })
  return mapped(result, (data) => readCart(data.cart))
}

export async function addLineItem(token: string, companyId: string, cartId: string, variantId: string, quantity: number) {
  const result = await callBackend<Raw>(cartPath(companyId, cartId, "/line-items"), {
    method: "POST",
    body: { variant_id: variantId, quantity },
    headers: bearer(token),
  })
  return mapped(result, (data) => readCart(data.cart))
}

export async function updateLineItem(token: string, companyId: string, cartId: string, lineId: string, quantity: number) {
  const result = await callBackend<Raw>(cartPath(companyId, cartId, `/line-items/${encodeURIComponent(lineId)}`), {
    method: "POST",
    body: { quantity },
    headers: bearer(token),
  })
  return mapped(result, (data) => readCart(data.cart))
}

export async function deleteLineItem(token: string, companyId: string, cartId: string, lineId: string) {
  const result = await callBackend<Raw>(cartPath(companyId, cartId, `/line-items/${encodeURIComponent(lineId)}`), {
    method: "DELETE",
    headers: bearer(token),
  })
  return mapped(result, (data) => readCart(data.cart))
}

/** "Lägg beställning": places the order; its licenses and invoice exist when this answers. */
export async function completeCart(
  token: string,
  companyId: string,
  cartId: string,
  body: { your_reference?: string; accept_terms: boolean }
): Promise<BackendResult<Order>> {
  const result = await callBackend<Raw>(cartPath(companyId, cartId, "/complete"), { method: "POST", body, headers: bearer(token) })
  return mapped(result, (data) => readOrder(data.order))
}

export async function retrieveBillingDetails(token: string, companyId: string): Promise<BackendResult<BillingDetails>> {
  const result = await callBackend<Raw>(companyPath(companyId, "/billing-profile"), { headers: bearer(token) })
  return mapped(result, (data) => {
    const company = isObject(data.company) ? data.company : {}
    return {
      billing_profile: readBillingProfile(data.billing_profile),
      company: { id: str(company.id, companyId), name: str(company.name), organisation_number: optStr(company.organisation_number) },
    }
  })
}

export const ORDER_PAGE_SIZE = 50

/** Every order of the companies where the caller has Mina sidor (colleagues' too), newest first. */
export async function listCompanyOrders(
  token: string,
  options: { companyId?: string; page?: number; limit?: number } = {}
): Promise<BackendResult<OrderPage>> {
  const limit = options.limit ?? ORDER_PAGE_SIZE
  const result = await callBackend<Raw>("/store/company-orders", {
    headers: bearer(token),
    query: { company_id: options.companyId || undefined, limit, offset: Math.max(0, options.page ?? 0) * limit },
  })
  return mapped(result, (data) => {
    const orders = list(data.orders).map(readOrderSummary)
    return { orders, count: num(data.count, orders.length), limit: num(data.limit, limit), offset: num(data.offset) }
  })
}

export async function retrieveOrder(token: string, companyId: string, orderId: string): Promise<BackendResult<Order>> {
  const result = await callBackend<Raw>(companyPath(companyId, `/orders/${encodeURIComponent(orderId)}`), { headers: bearer(token) })
  return mapped(result, (data) => readOrder(data.order))
}
