import { attachmentError } from "./attachment-rules"
import { type FieldErrors, type LocalizedMessage, notFound, PortalError } from "@mymonitor/common/lib/portal-errors"

/** Strapi down, slow or failing: the portal says so on its support and agreement pages, the rest works. */
export const supportUnavailable = () =>
  new PortalError(503, "support_unavailable", {
    sv: "Supporten och avtalen kan inte nås just nu. Försök igen om en stund – resten av portalen fungerar som vanligt.",
    en: "Support and agreements cannot be reached right now. Try again in a while – the rest of the portal works as usual.",
  })

export const ticketNotFound = () => notFound({ sv: "Ärendet hittades inte.", en: "Ticket not found." })

/** Strapi's standard error body: `{ error: { status, name, message, details } }`. */
export type StrapiErrorBody = {
  error?: {
    status?: number
    name?: string
    message?: string
    details?: { code?: string; file?: string; fields?: unknown; errors?: unknown }
  }
}

const isLocalized = (value: unknown): value is LocalizedMessage =>
  typeof value === "object" && value !== null && typeof (value as LocalizedMessage).sv === "string"

/** Strapi's field errors (`details.fields` or a ValidationError's `details.errors`) in the portal's shape. */
function fieldsOf(details: NonNullable<NonNullable<StrapiErrorBody["error"]>["details"]>, message: string): FieldErrors {
  const fields: FieldErrors = {}
  const add = (path: string, value: unknown) => {
    const text = isLocalized(value) ? value : { sv: typeof value === "string" ? value : "Ogiltigt värde.", en: String(value ?? message) }
    ;(fields[path || "_"] ??= []).push(text)
  }
  if (details.fields && typeof details.fields === "object") {
    for (const [path, value] of Object.entries(details.fields as Record<string, unknown>)) {
      for (const item of Array.isArray(value) ? value : [value]) add(path, item)
    }
  }
  if (Array.isArray(details.errors)) {
    for (const error of details.errors as { path?: unknown; message?: string }[]) {
      add(Array.isArray(error.path) ? error.path.join(".") : String(error.path ?? "_"), error.message)
    }
  }
  if (!Object.keys(fields).length) add("_", { sv: "Ogiltiga uppgifter.", en: message || "Invalid data." })
  return fields
}

/**
 * A Strapi 4xx in the portal's words. 5xx, and a 401/403 (our token refused: a configuration
 * fault the customer cannot fix), are "unavailable"; the caller logs those.
 */
export function portalErrorOf(status: number, body: StrapiErrorBody | undefined): PortalError {
  const details = body?.error?.details ?? {}
  const message = body?.error?.message ?? ""
  // Strapi's body parser cuts off a single file past its own limit (20 MB); Medusa's 10 MB rule normally comes first.
  if (status === 413) return attachmentError("file_too_large", details.file ?? "files")
  if (status === 404)
    return details.code === "unknown_company" ? notFound({ sv: "Företaget hittades inte.", en: "Company not found." }) : ticketNotFound()
  switch (details.code) {
    case "not_found":
      return ticketNotFound()
    case "unknown_company":
      return notFound({ sv: "Företaget hittades inte.", en: "Company not found." })
    case "ticket_closed":
      return new PortalError(409, "ticket_closed", {
        sv: "Ärendet är stängt. Öppna det igen för att svara.",
        en: "The ticket is closed. Reopen it to reply.",
      })
    case "file_too_large":
    case "file_type": {
      if (details.file) return attachmentError(details.code, details.file)
      const fields = fieldsOf(details, message)
      return new PortalError(400, details.code, fields.files?.[0] ?? fields._?.[0] ?? { sv: "Filen refuserades.", en: message }, fields)
    }
  }
  if (status === 400 || status === 422 || details.code === "invalid") {
    return new PortalError(400, "invalid_data", { sv: "Ogiltiga uppgifter.", en: "Invalid data." }, fieldsOf(details, message))
  }
  if (status === 409)
    return new PortalError(409, "conflict", { sv: "Ärendet har ändrats. Ladda om sidan.", en: "The ticket has changed. Reload the page." })
  return supportUnavailable()
}
