import type { Core } from "@strapi/strapi"

/**
 * The Content Manager as support and content staff use it: Swedish labels (the attribute names are
 * English; `ticketStatus` because `status` is reserved for draft/publish), relations shown by what a
 * person reads (a company by its name, not Medusa's id; a ticket by its subject), the ticket list by
 * company and status, the portal's bookkeeping fields hidden and the facts the portal wrote read-only.
 *
 * A relation is displayed by the *source* field's `mainField` (`metadatas.<field>.edit|list.mainField`),
 * which Strapi defaults to the target's first string attribute (a company's `medusaId`); the target's
 * own `settings.mainField` only governs its own list. Schema-level `pluginOptions.content-manager.visible`
 * does not hide an attribute in Strapi 5's edit view; `metadatas.<field>.edit.visible` does.
 */
type FieldDisplay = { label?: string; mainField?: string; visible?: boolean; editable?: boolean }
type TypeDisplay = { uid: string; mainField?: string; list?: string[]; fields?: Record<string, FieldDisplay> }

const readOnly = (label: string): FieldDisplay => ({ label, editable: false })
const hidden: FieldDisplay = { visible: false, editable: false }

const SETTINGS: TypeDisplay[] = [
  {
    uid: "api::company.company",
    mainField: "name",
    fields: { medusaId: readOnly("Medusa-id"), name: readOnly("Namn"), orgNumber: readOnly("Organisationsnummer") },
  },
  {
    uid: "api::support-ticket.support-ticket",
    mainField: "subject",
    list: ["number", "subject", "company", "ticketStatus", "priority", "handlerName", "lastActivityAt"],
    fields: {
      number: readOnly("Ärendenummer"),
      subject: { label: "Ämne" },
      description: { label: "Beskrivning" },
      category: { label: "Kategori" },
      priority: { label: "Prioritet" },
      ticketStatus: { label: "Status" },
      erpVersion: { label: "Monitor-version" },
      company: { label: "Företag", mainField: "name" },
      companyKey: hidden,
      idempotencyKey: hidden,
      createdByCustomerId: hidden,
      createdByName: { label: "Skapat av" },
      createdByEmail: { label: "Skaparens e-post" },
      lastActivityAt: readOnly("Senaste aktivitet"),
      handlerName: { label: "Handläggare" },
      closeNoticeSentAt: readOnly("Påminnelse om stängning skickad"),
      messages: { label: "Meddelanden", mainField: "authorName" },
      history: { label: "Händelser", mainField: "kind" },
    },
  },
  {
    uid: "api::ticket-message.ticket-message",
    list: ["ticket", "authorName", "authorType", "internal", "createdAt"],
    fields: {
      body: { label: "Meddelande" },
      internal: { label: "Intern anteckning" },
      authorType: { label: "Avsändartyp" },
      authorName: { label: "Avsändare" },
      authorEmail: readOnly("Avsändarens e-post"),
      authorCustomerId: hidden,
      attachments: { label: "Bilagor" },
      ticket: { label: "Ärende", mainField: "subject" },
    },
  },
  {
    uid: "api::ticket-event.ticket-event",
    mainField: "kind",
    list: ["ticket", "kind", "from", "to", "actorName", "at"],
    fields: {
      ticket: { label: "Ärende", mainField: "subject", editable: false },
      kind: readOnly("Händelse"),
      from: readOnly("Från"),
      to: readOnly("Till"),
      actorType: readOnly("Utförd av (typ)"),
      actorName: readOnly("Utförd av"),
      at: readOnly("Tidpunkt"),
    },
  },
  {
    uid: "api::agreement.agreement",
    list: ["title", "company", "type", "validFrom", "validTo", "terminated"],
    fields: {
      title: { label: "Titel" },
      type: { label: "Typ" },
      company: { label: "Företag", mainField: "name" },
      companyKey: hidden,
      validFrom: { label: "Giltigt från" },
      validTo: { label: "Giltigt till" },
      terminated: { label: "Uppsagt" },
      document: { label: "Signerat avtal (PDF)" },
    },
  },
]

/* eslint-disable @typescript-eslint/no-explicit-any -- the content-manager's configuration objects are untyped */
function applyDisplay(current: any, { mainField, list, fields }: TypeDisplay): any {
  const next = JSON.parse(JSON.stringify(current))
  if (mainField) next.settings.mainField = mainField
  if (list) next.layouts.list = list.filter((name) => next.metadatas?.[name])
  for (const [field, display] of Object.entries(fields ?? {})) {
    const meta = next.metadatas?.[field]
    if (!meta) continue
    if (display.label) meta.edit.label = meta.list.label = display.label
    if (display.mainField) meta.edit.mainField = meta.list.mainField = display.mainField
    if (display.visible !== undefined) meta.edit.visible = display.visible
    if (display.editable !== undefined) meta.edit.editable = display.editable
  }
  return next
}

export const ensureAdminLabels = async (strapi: Core.Strapi) => {
  const service = strapi.plugin("content-manager").service("content-types") as any
  for (const display of SETTINGS) {
    const contentType = strapi.contentType(display.uid as any)
    const current = await service.findConfiguration(contentType)
    const next = applyDisplay(current, display)
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      const { uid: _uid, ...config } = next
      await service.updateConfiguration(contentType, config)
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
