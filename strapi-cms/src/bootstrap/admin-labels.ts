import type { Core } from "@strapi/strapi"

/**
 * Content Manager display settings the staff need: Swedish labels where the attribute name is not
 * one (`ticketStatus`: `status` is reserved by the Content Manager for draft/publish), and readable
 * relation pickers (a company is chosen by name, a ticket by subject).
 */
const SETTINGS: Array<{ uid: string; mainField?: string; labels?: Record<string, string> }> = [
  { uid: "api::company.company", mainField: "name" },
  { uid: "api::support-ticket.support-ticket", mainField: "subject", labels: { ticketStatus: "Status", number: "Ärendenummer" } },
  { uid: "api::ticket-message.ticket-message", labels: { internal: "Intern anteckning" } },
]

/* eslint-disable @typescript-eslint/no-explicit-any -- the content-manager's configuration objects are untyped */
export const ensureAdminLabels = async (strapi: Core.Strapi) => {
  const service = strapi.plugin("content-manager").service("content-types") as any
  for (const { uid, mainField, labels } of SETTINGS) {
    const contentType = strapi.contentType(uid as any)
    const current = await service.findConfiguration(contentType)
    const next = JSON.parse(JSON.stringify(current))
    if (mainField) next.settings.mainField = mainField
    for (const [field, label] of Object.entries(labels ?? {})) {
      if (next.metadatas?.[field]) {
        next.metadatas[field].edit.label = label
        next.metadatas[field].list.label = label
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      const { uid: _uid, ...config } = next
      await service.updateConfiguration(contentType, config)
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
