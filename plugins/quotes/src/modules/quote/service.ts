import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Quote, QuoteMessage } from "./models"

export type QuoteRow = InferTypeOf<typeof Quote>
export type QuoteMessageRow = InferTypeOf<typeof QuoteMessage>
export type StoredQuoteStatus = QuoteRow["status"]
export type Decider = { type: "customer" | "staff"; id: string; name: string }

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => (context.transactionManager ?? context.manager) as unknown as SqlManager

/** A reminder goes this long before a sent quote's validity ends. */
export const REMINDER_BEFORE_MS = 7 * 24 * 60 * 60 * 1000

export default class QuoteModuleService extends MedusaService({ Quote, QuoteMessage }) {
  @InjectManager()
  async quoteOfDraftOrder(draftOrderId: string, @MedusaContext() sharedContext: Context = {}): Promise<QuoteRow | null> {
    const [quote] = await this.listQuotes({ draft_order_id: draftOrderId }, { take: 1 }, sharedContext)
    return quote ?? null
  }

  @InjectManager()
  async threadOf(quoteId: string, @MedusaContext() sharedContext: Context = {}): Promise<QuoteMessageRow[]> {
    return this.listQuoteMessages({ quote_id: quoteId }, { order: { created_at: "ASC" } }, sharedContext)
  }

  /**
   * Moves a quote from one of `from` to `to` in one conditional statement and says whether it did:
   * of two simultaneous decisions only one finds the quote still open.
   */
  @InjectTransactionManager()
  async transition(
    quoteId: string,
    from: StoredQuoteStatus[],
    to: StoredQuoteStatus,
    decider: Decider | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `update "quote" set "status" = ?, "decided_by_type" = coalesce(?, "decided_by_type"), "decided_by_id" = coalesce(?, "decided_by_id"),
         "decided_by_name" = coalesce(?, "decided_by_name"), "decided_at" = case when ?::boolean then now() else "decided_at" end, "updated_at" = now()
       where "id" = ? and "status" in (${from.map(() => "?").join(", ")}) and "deleted_at" is null returning "id"`,
      [to, decider?.type ?? null, decider?.id ?? null, decider?.name ?? null, !!decider, quoteId, ...from]
    )
    return rows.length > 0
  }

  /** "Skicka offert": sent, valid until the given time, pinned to the draft order's version; reminders start over. */
  @InjectTransactionManager()
  async markSent(
    quoteId: string,
    input: { valid_until: Date; sent_version: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `update "quote" set "status" = 'sent', "valid_until" = ?, "sent_version" = ?, "sent_at" = now(), "reminder_sent_at" = null,
         "expiry_notice_sent_at" = null, "updated_at" = now()
       where "id" = ? and "status" in ('requested', 'sent') and "deleted_at" is null returning "id"`,
      [input.valid_until, input.sent_version, quoteId]
    )
    return rows.length > 0
  }

  /** The stored PDF of the quote's current state. */
  @InjectTransactionManager()
  async setPdfFile(quoteId: string, fileId: string, @MedusaContext() sharedContext: Context = {}) {
    await sqlOf(sharedContext).execute(`update "quote" set "pdf_file_id" = ?, "updated_at" = now() where "id" = ?`, [fileId, quoteId])
  }

  /** Sent quotes whose validity ends within the reminder window and that had no reminder yet. */
  @InjectManager()
  async dueReminders(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `select "id" from "quote" where "status" = 'sent' and "deleted_at" is null and "reminder_sent_at" is null
         and "valid_until" > ? and "valid_until" <= ? order by "valid_until" limit 500`,
      [now, new Date(now.getTime() + REMINDER_BEFORE_MS)]
    )
    return rows.map((row) => row.id)
  }

  /** Sent quotes whose validity has ended and whose expiry notice was not sent. */
  @InjectManager()
  async dueExpiryNotices(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `select "id" from "quote" where "status" = 'sent' and "deleted_at" is null and "expiry_notice_sent_at" is null
         and "valid_until" <= ? order by "valid_until" limit 500`,
      [now]
    )
    return rows.map((row) => row.id)
  }

  /** Marks a reminder or expiry notice as sent; true only for the first caller (two job runners mail once). */
  @InjectTransactionManager()
  async claimNotice(quoteId: string, notice: "reminder" | "expiry", @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const column = notice === "reminder" ? "reminder_sent_at" : "expiry_notice_sent_at"
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `update "quote" set "${column}" = now() where "id" = ? and "${column}" is null and "status" = 'sent' returning "id"`,
      [quoteId]
    )
    return rows.length > 0
  }
}
