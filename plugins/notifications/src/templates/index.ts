import type { EmailContent, MessageTemplate, SmsContent } from "../lib/template"
import { enrolmentCode } from "./enrolment-code"
import { invitation } from "./invitation"
import { invoiceIssued } from "./invoice-issued"
import { orderConfirmation } from "./order-confirmation"
import { passwordReset } from "./password-reset"
import { quoteReply } from "./quote-reply"
import { quoteRequested } from "./quote-requested"
import { quoteSent } from "./quote-sent"
import { quoteStaffNotice } from "./quote-staff-notice"
import { quoteValidity } from "./quote-validity"
import { registration } from "./registration"
import { smsCode } from "./sms-code"
import { supportTicketCloseNotice } from "./support-ticket-close-notice"
import { supportTicketCreated } from "./support-ticket-created"
import { supportTicketReply } from "./support-ticket-reply"
import { supportTicketStatus } from "./support-ticket-status"

/** Every message a person receives from myMonitor, by the name callers send it under. */
export const templates = {
  registration,
  invitation,
  "enrolment-code": enrolmentCode,
  "password-reset": passwordReset,
  "sms-code": smsCode,
  "invoice-issued": invoiceIssued,
  "order-confirmation": orderConfirmation,
  "support-ticket-created": supportTicketCreated,
  "support-ticket-reply": supportTicketReply,
  "support-ticket-status": supportTicketStatus,
  "support-ticket-close-notice": supportTicketCloseNotice,
  "quote-requested": quoteRequested,
  "quote-staff-notice": quoteStaffNotice,
  "quote-sent": quoteSent,
  "quote-reply": quoteReply,
  "quote-validity": quoteValidity,
} as const

export type Templates = typeof templates
export type TemplateName = keyof Templates
export const TEMPLATE_NAMES = Object.keys(templates) as TemplateName[]

export type TemplateData<N extends TemplateName> = Templates[N] extends MessageTemplate<infer Data, infer _Secret> ? Data : never
export type SecretField<N extends TemplateName> = Templates[N]["secret"][number]
/** What the notification module stores (and shows staff) of a message's data: everything but the secret fields. */
export type StoredData<N extends TemplateName> = Omit<TemplateData<N>, SecretField<N>>
export type ChannelOf<N extends TemplateName> = Templates[N]["channel"]
export type RenderedMessage<N extends TemplateName> = ChannelOf<N> extends "sms" ? SmsContent : EmailContent

export function isTemplateName(name: unknown): name is TemplateName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(templates, name)
}

export type { RegistrationData } from "./registration"
export type { InvitationData, InvitationRole } from "./invitation"
export type { EnrolmentCodeData } from "./enrolment-code"
export type { PasswordResetData } from "./password-reset"
export type { SmsCodeData } from "./sms-code"
export type { InvoiceIssuedData } from "./invoice-issued"
export type { OrderConfirmationData } from "./order-confirmation"
export type { SupportTicketCreatedData } from "./support-ticket-created"
export type { SupportTicketReplyData } from "./support-ticket-reply"
export type { SupportTicketStatusData, TicketStatus } from "./support-ticket-status"
export type { SupportTicketCloseNoticeData } from "./support-ticket-close-notice"
export type { QuoteRequestedData } from "./quote-requested"
export type { QuoteStaffEvent, QuoteStaffNoticeData } from "./quote-staff-notice"
export type { QuoteSentData } from "./quote-sent"
export type { QuoteReplyData } from "./quote-reply"
export type { QuoteValidityData } from "./quote-validity"
export { TICKET_STATUSES, TICKET_STATUS_LABELS } from "./support-ticket-status"
export { INVITER_NAME_MAX_LENGTH, plainInviterName, ROLE_LABELS } from "./invitation"
