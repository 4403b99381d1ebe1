/**
 * The outbox: events for the Medusa backend are written as rows (in the transaction of the change
 * that caused them), pushed after commit and re-sent by a retry loop until Medusa answers 2xx.
 * Rows live in PostgreSQL, so they survive a restart.
 *
 * Push: POST {MEDUSA_BACKEND_URL}/hooks/strapi, body {id, type, occurredAt, data}, header
 * `x-strapi-signature: t=<unix s>,v1=<hex HMAC-SHA256(STRAPI_WEBHOOK_SECRET, t + "." + raw body)>`.
 */
import crypto from "crypto"
import type { Core } from "@strapi/strapi"

export const OUTBOX_UID = "api::outbox-event.outbox-event"
const PUSH_TIMEOUT_MS = 5000
const MAX_BACKOFF_MS = 5 * 60 * 1000
/** A row being sent is hidden from other senders this long (a crash mid-send only delays it). */
const CLAIM_MS = 30 * 1000

export type OutboxType = "ticket.staff_reply" | "ticket.status_changed" | "ticket.close_notice"

export interface OutboxSettings {
  medusaBackendUrl: string
  webhookSecret: string
}

export const signBody = (secret: string, rawBody: string, t = Math.floor(Date.now() / 1000)) =>
  `t=${t},v1=${crypto.createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex")}`

/** Delay before attempt n+1 after n failed attempts: 1 s, 2 s, 4 s … capped at 5 min. */
export const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1))

/**
 * Write an outbox row. Call inside strapi.db.transaction: the row commits or rolls back with the
 * change; after commit the push is tried once at once (the retry loop covers failures).
 */
export const enqueue = async (strapi: Core.Strapi, type: OutboxType, data: Record<string, unknown>) => {
  const eventId = crypto.randomUUID()
  const payload = { id: eventId, type, occurredAt: new Date().toISOString(), data }
  await strapi.db.query(OUTBOX_UID).create({
    data: { eventId, type, payload, attempts: 0, nextAttemptAt: new Date(Date.now() + CLAIM_MS) },
  })
  const push = () => {
    void pushOne(strapi, eventId).catch((e) => strapi.log.warn(`[outbox] push ${eventId} failed: ${(e as Error).message}`))
  }
  if (strapi.db.inTransaction()) {
    // A nested transaction() joins the current one and hands out its onCommit.
    await strapi.db.transaction(async ({ onCommit }) => onCommit(push))
  } else push()
  return eventId
}

let settings: OutboxSettings | null = null
export const configureOutbox = (s: OutboxSettings) => {
  settings = s
}

/** Send one row (if still undelivered). Returns true when Medusa acknowledged it. */
export const pushOne = async (strapi: Core.Strapi, eventId: string): Promise<boolean> => {
  if (!settings) throw new Error("outbox not configured")
  const rows = strapi.db.query(OUTBOX_UID)
  const row = await rows.findOne({ where: { eventId } })
  if (!row || row.deliveredAt) return true
  const rawBody = JSON.stringify(row.payload)
  let error: string | null = null
  try {
    const res = await fetch(`${settings.medusaBackendUrl}/hooks/strapi`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-strapi-signature": signBody(settings.webhookSecret, rawBody) },
      body: rawBody,
      signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    })
    if (res.status >= 200 && res.status < 300) {
      await rows.update({ where: { id: row.id }, data: { deliveredAt: new Date(), lastError: null, attempts: row.attempts + 1 } })
      return true
    }
    error = `HTTP ${res.status}`
  } catch (e) {
    error = (e as Error).message
  }
  const attempts = row.attempts + 1
  await rows.update({
    where: { id: row.id },
    data: { attempts, lastError: error, nextAttemptAt: new Date(Date.now() + backoffMs(attempts)) },
  })
  return false
}

/**
 * One pass of the retry loop: claim due rows (an UPDATE … RETURNING, so two Strapi instances never
 * send the same row at once) and push them.
 */
export const retryDue = async (strapi: Core.Strapi, limit = 20): Promise<number> => {
  const knex = strapi.db.connection
  const claimed: Array<{ event_id: string }> = (
    await knex.raw(
      `UPDATE outbox_events SET next_attempt_at = ? WHERE id IN (
         SELECT id FROM outbox_events WHERE delivered_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
         ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING event_id`,
      [new Date(Date.now() + CLAIM_MS), new Date(), limit]
    )
  ).rows
  for (const { event_id } of claimed) await pushOne(strapi, event_id)
  return claimed.length
}

/** Start the retry loop (interval); returns a stop function. */
export const startRetryLoop = (strapi: Core.Strapi, intervalMs: number) => {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    retryDue(strapi)
      .catch((e) => strapi.log.warn(`[outbox] retry pass failed: ${(e as Error).message}`))
      .finally(() => {
        running = false
      })
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
