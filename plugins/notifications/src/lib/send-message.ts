import type { FilterableNotificationProps, INotificationModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ChannelOf, TemplateData, TemplateName } from "../templates"
import { depositMessage, discardMessage, type HandedOffMessage, type MessageAttachment } from "./handoff"
import { channelOf, renderMessage, storedDataOf } from "./render"
import type { Locale } from "./template"

export type SendMessageInput<N extends TemplateName> = {
  template: N
  /** An e-mail address, or for SMS a phone number in E.164 (+46…). */
  to: string
  /** The template's own channel; a caller may state it for readability. */
  channel?: ChannelOf<N>
  /** The recipient's language, shown first; the other follows. Default Swedish. */
  locale?: Locale
  data: TemplateData<N>
  /** Stored with the notification, for staff to tell what it was about. */
  trigger_type?: string
  resource_type?: string
  resource_id?: string
  receiver_id?: string
  /** Files for an e-mail (an invoice PDF): they reach the provider with the message, never the stored notification. */
  attachments?: MessageAttachment[]
}

export type SendMessageResult = { ok: boolean; notificationId?: string }

type Resolver = { resolve<T>(key: string): T }

/**
 * Sends one message through Medusa's notification module: rendered here, handed
 * to this plugin's provider in-process (src/lib/handoff.ts), and recorded by the
 * module with only the non-secret data. Never throws: a message that could not
 * be sent is logged (and, once the module has it, recorded with status
 * "failure"), so the caller's own change stands.
 */
export async function sendMessage<N extends TemplateName>(container: Resolver, input: SendMessageInput<N>): Promise<SendMessageResult> {
  const logger = loggerOf(container)
  const { template, to, locale } = input
  const failed = (step: string, error: unknown, notificationId?: string): SendMessageResult => {
    const reason = error instanceof Error ? error.message : String(error)
    logger.error(
      `The "${String(template)}" message could not be ${step}${notificationId ? ` (notification ${notificationId})` : ""}: ${reason}`
    )
    return { ok: false, ...(notificationId ? { notificationId } : {}) }
  }

  let message: HandedOffMessage
  try {
    const channel = channelOf(template)
    if (input.channel && input.channel !== channel) throw new Error(`it is a ${channel} message, not ${input.channel}`)
    if (input.attachments?.length && channel !== "email") throw new Error("only an e-mail carries attachments")
    message = {
      channel,
      to,
      content: renderMessage(template, input.data, { locale }),
      ...(input.attachments?.length ? { attachments: input.attachments } : {}),
    } as HandedOffMessage
  } catch (error) {
    return failed("rendered", error)
  }

  const ref = depositMessage(message)
  let notifications: INotificationModuleService | undefined
  try {
    notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const notification = await notifications.createNotifications({
      to,
      channel: message.channel,
      template: String(template),
      data: { ...storedDataOf(template, input.data), locale: locale ?? "sv", message_ref: ref },
      // A fresh key per message: it makes the row findable when the module throws instead of returning it.
      idempotency_key: ref,
      trigger_type: input.trigger_type ?? null,
      resource_type: input.resource_type ?? null,
      resource_id: input.resource_id ?? null,
      receiver_id: input.receiver_id ?? null,
    })
    if (notification?.status === "failure") return failed("sent", new Error("the notification module recorded a failure"), notification.id)
    return { ok: true, notificationId: notification?.id }
  } catch (error) {
    return failed("sent", error, await notificationIdOf(notifications, ref))
  } finally {
    discardMessage(ref)
  }
}

async function notificationIdOf(notifications: INotificationModuleService | undefined, ref: string): Promise<string | undefined> {
  if (!notifications) return undefined
  try {
    // The module filters on any column; its filter type leaves idempotency_key out.
    const filter = { idempotency_key: ref } as FilterableNotificationProps
    const [row] = await notifications.listNotifications(filter, { select: ["id"], take: 1 })
    return row?.id
  } catch {
    return undefined
  }
}

function loggerOf(container: Resolver): Pick<Logger, "error"> {
  try {
    return container.resolve<Logger>(ContainerRegistrationKeys.LOGGER) ?? console
  } catch {
    return console
  }
}
