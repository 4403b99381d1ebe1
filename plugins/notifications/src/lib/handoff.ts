import { randomBytes } from "node:crypto"
import type { Channel, EmailContent, SmsContent } from "./template"

/**
 * Hands a rendered message from `sendMessage` to this plugin's notification
 * providers without it passing through the notification module's tables.
 *
 * Medusa's notification module stores a notification's `data` and shows it to
 * every staff user (GET /admin/notifications), and it calls the provider
 * in-process, inside `createNotifications`. So the secret-bearing message stays
 * in this process-local map under a random one-time reference; only the
 * reference goes into `data`, and the provider takes the message out by it.
 */
export type HandedOffMessage =
  | { channel: "email"; to: string; content: EmailContent; attachments?: MessageAttachment[] }
  | { channel: "sms"; to: string; content: SmsContent }

/** A file sent with an e-mail (an invoice PDF): handed to the provider in-process, never stored with the notification. */
export type MessageAttachment = { filename: string; content: Buffer; content_type: string }

type Entry = { message: HandedOffMessage; expiresAt: number }

// A send that never returns must not keep a secret in memory for ever.
const TTL_MS = 5 * 60 * 1000

// On globalThis: the providers and `sendMessage` share one map even when a loader
// (Medusa's, a test runner's) has evaluated this file more than once.
const KEY = Symbol.for("@mymonitor/notifications/handoff")
type WithHandoff = typeof globalThis & { [KEY]?: Map<string, Entry> }

function entries(): Map<string, Entry> {
  const global = globalThis as WithHandoff
  return (global[KEY] ??= new Map())
}

export function depositMessage(message: HandedOffMessage, now = Date.now()): string {
  const map = entries()
  for (const [ref, entry] of map) if (entry.expiresAt <= now) map.delete(ref)
  const ref = `msg_${randomBytes(16).toString("base64url")}`
  map.set(ref, { message, expiresAt: now + TTL_MS })
  return ref
}

/** The message under a reference, once: taking it removes it. */
export function takeMessage(ref: unknown, now = Date.now()): HandedOffMessage | undefined {
  if (typeof ref !== "string") return undefined
  const map = entries()
  const entry = map.get(ref)
  map.delete(ref)
  return entry && entry.expiresAt > now ? entry.message : undefined
}

export function discardMessage(ref: string): void {
  entries().delete(ref)
}

export function pendingMessageCount(): number {
  return entries().size
}

export type ProviderNotification = {
  to: string
  channel: string
  data?: Record<string, unknown> | null
  content?: { subject?: string; text?: string; html?: string } | null
}

/**
 * What a provider sends for a notification: the handed-off message when `data.message_ref`
 * names one (it must be for this recipient and channel), else the `content` a caller gave
 * the module directly (Medusa's own convention).
 */
export function messageFor<C extends Channel>(notification: ProviderNotification, channel: C): Extract<HandedOffMessage, { channel: C }> {
  return messageOf(notification, channel) as Extract<HandedOffMessage, { channel: C }>
}

function messageOf(notification: ProviderNotification, channel: Channel): HandedOffMessage {
  const ref = notification.data?.message_ref
  if (ref !== undefined) {
    const message = takeMessage(ref)
    if (!message) throw new Error(`The message ${String(ref)} is not (or no longer) waiting in this process`)
    if (message.channel !== channel || message.to !== notification.to) {
      throw new Error(`The message ${String(ref)} is for another channel or recipient`)
    }
    return message
  }
  const content = notification.content
  if (channel === "sms" && content?.text) return { channel, to: notification.to, content: { text: content.text } }
  if (channel === "email" && content?.subject && (content.text || content.html)) {
    return {
      channel,
      to: notification.to,
      content: { subject: content.subject, text: content.text ?? "", html: content.html ?? "" },
    }
  }
  throw new Error(`A ${channel} notification needs a message from sendMessage (data.message_ref) or its content`)
}
