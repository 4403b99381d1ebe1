// The public API: `import { sendMessage, renderMessage } from "@mymonitor/notifications"`.
export { sendMessage, type SendMessageInput, type SendMessageResult } from "./lib/send-message"
export type { MessageAttachment } from "./lib/handoff"
export { renderMessage, storedDataOf, channelOf, languagesFor } from "./lib/render"
export { LOCALES, type Locale, type Channel, type EmailContent, type SmsContent } from "./lib/template"
export * from "./templates"
