import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CompanyCart, CompanyOrder } from "./models"

export type CompanyCartRow = InferTypeOf<typeof CompanyCart>
export type CompanyOrderRow = InferTypeOf<typeof CompanyOrder>

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => (context.transactionManager ?? context.manager) as unknown as SqlManager

export type RecordCompanyOrderInput = {
  order_id: string
  cart_id: string | null
  company_id: string
  customer_id: string
  your_reference: string | null
  terms_accepted_at: Date
}

/** A pending delivery is retried after this long, so a request still delivering is not raced. */
export const REDELIVERY_GRACE_MS = 60_000

export default class CompanyCommerceModuleService extends MedusaService({ CompanyCart, CompanyOrder }) {
  /** The customer's open cart for the company, if there is one. */
  @InjectManager()
  async openCartOf(companyId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const [cart] = await this.listCompanyCarts(
      { company_id: companyId, customer_id: customerId, completed_at: null },
      { take: 1 },
      sharedContext
    )
    return cart ?? null
  }

  /**
   * The cart as its owner may see it: the cart id, in this company, of this customer.
   * Any other combination is the same "not found" (a foreign cart id discloses nothing).
   */
  @InjectManager()
  async ownedCart(cartId: string, companyId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const [cart] = await this.listCompanyCarts(
      { cart_id: cartId, company_id: companyId, customer_id: customerId },
      { take: 1 },
      sharedContext
    )
    return cart ?? null
  }

  /** The company a cart is shopped for (the pricing hooks read it). */
  @InjectManager()
  async companyOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    const [cart] = await this.listCompanyCarts({ cart_id: cartId }, { take: 1, select: ["company_id"] }, sharedContext)
    return cart?.company_id ?? null
  }

  /**
   * Records the company's order once: a second call for the same order (a retried or
   * parallel completion) changes nothing and returns the first row. Closes the cart.
   */
  @InjectTransactionManager()
  async recordCompanyOrder(input: RecordCompanyOrderInput, @MedusaContext() sharedContext: Context = {}): Promise<CompanyOrderRow> {
    const sql = sqlOf(sharedContext)
    await sql.execute(
      `insert into "company_order" ("id", "order_id", "cart_id", "company_id", "customer_id", "your_reference", "terms_accepted_at")
       values ('cord_' || upper(replace(gen_random_uuid()::text, '-', '')), ?, ?, ?, ?, ?, ?)
       on conflict ("order_id") where "deleted_at" is null do nothing`,
      [input.order_id, input.cart_id, input.company_id, input.customer_id, input.your_reference, input.terms_accepted_at]
    )
    if (input.cart_id) {
      await sql.execute(`update "company_cart" set "completed_at" = now() where "cart_id" = ? and "completed_at" is null`, [input.cart_id])
    }
    const [row] = await this.listCompanyOrders({ order_id: input.order_id }, { take: 1 }, sharedContext)
    return row
  }

  @InjectManager()
  async companyOrderOf(orderId: string, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await this.listCompanyOrders({ order_id: orderId }, { take: 1 }, sharedContext)
    return row ?? null
  }

  @InjectManager()
  async companyOrderOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await this.listCompanyOrders({ cart_id: cartId }, { take: 1 }, sharedContext)
    return row ?? null
  }

  /** One delivery attempt's outcome: delivered, or still pending with the error kept for staff. */
  @InjectTransactionManager()
  async recordDeliveryAttempt(orderId: string, error: string | null, @MedusaContext() sharedContext: Context = {}) {
    await sqlOf(sharedContext).execute(
      error === null
        ? `update "company_order" set "delivery_attempts" = "delivery_attempts" + 1, "delivery_status" = 'delivered',
             "delivered_at" = coalesce("delivered_at", now()), "last_delivery_error" = null, "updated_at" = now() where "order_id" = ?`
        : `update "company_order" set "delivery_attempts" = "delivery_attempts" + 1, "last_delivery_error" = ?, "updated_at" = now()
             where "order_id" = ? and "delivery_status" = 'pending'`,
      error === null ? [orderId] : [error.slice(0, 2000), orderId]
    )
  }

  /** Marks the confirmation mail as sent; true only for the first caller, so the mail goes once. */
  @InjectTransactionManager()
  async claimConfirmation(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `update "company_order" set "confirmation_sent_at" = now() where "order_id" = ? and "confirmation_sent_at" is null returning "id"`,
      [orderId]
    )
    return rows.length > 0
  }

  /** Orders whose delivery is still pending, older than the grace period: what the redelivery job heals. */
  @InjectManager()
  async pendingDeliveries(now = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const rows = await sqlOf(sharedContext).execute<{ order_id: string }>(
      `select "order_id" from "company_order" where "delivery_status" = 'pending' and "deleted_at" is null and "created_at" < ?
       order by "created_at" limit 100`,
      [new Date(now.getTime() - REDELIVERY_GRACE_MS)]
    )
    return rows.map((row) => row.order_id)
  }
}
