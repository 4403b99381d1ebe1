import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Errors are values with a code and a message in Swedish and English, mapped to
 * HTTP once. Every portal and ERP route answers failures in this one shape:
 * `{ code, message: { sv, en }, fields? }` (fields only for 400), where each field
 * error is a `{ sv, en }` message too.
 */
export type LocalizedMessage = { sv: string; en: string }
export type FieldErrors = Record<string, LocalizedMessage[]>

export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly localized: LocalizedMessage,
    readonly fields?: FieldErrors,
    readonly headers: Record<string, string> = {}
  ) {
    super(localized.en)
    this.name = "PortalError"
  }

  toJSON() {
    return { code: this.code, message: this.localized, ...(this.fields ? { fields: this.fields } : {}) }
  }
}

export const invalidData = (fields: FieldErrors) =>
  new PortalError(400, "invalid_data", { sv: "Ogiltiga uppgifter.", en: "Invalid data." }, fields)

export const unauthorized = (
  message: LocalizedMessage = { sv: "Du behöver logga in.", en: "You need to log in." },
  code = "unauthorized"
) => new PortalError(401, code, message)

export const forbidden = (
  message: LocalizedMessage = { sv: "Din roll ger inte åtkomst till detta.", en: "Your role does not give access to this." }
) => new PortalError(403, "forbidden", message)

export const notFound = (message: LocalizedMessage = { sv: "Hittades inte.", en: "Not found." }) =>
  new PortalError(404, "not_found", message)

export const conflict = (code: string, message: LocalizedMessage) => new PortalError(409, code, message)

export const gone = (code: string, message: LocalizedMessage) => new PortalError(410, code, message)

export const rateLimited = (retryAfterSeconds: number) =>
  new PortalError(
    429,
    "rate_limited",
    { sv: "För många försök. Vänta en stund och försök igen.", en: "Too many attempts. Wait a while and try again." },
    undefined,
    { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) }
  )

export function sendPortalError(res: MedusaResponse, error: PortalError) {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value)
  res.status(error.status).json(error.toJSON())
}

type Handler<Req extends MedusaRequest = MedusaRequest> = (req: Req, res: MedusaResponse) => Promise<unknown> | unknown

/**
 * Wraps a route handler: a thrown PortalError becomes its answer; anything else
 * goes on to Medusa's error handler (a 500 is a bug, not an answer).
 */
export function withPortalErrors<Req extends MedusaRequest>(handler: Handler<Req>): Handler<Req> {
  return async (req, res) => {
    try {
      await handler(req, res)
    } catch (error) {
      if (error instanceof PortalError) return sendPortalError(res, error)
      throw error
    }
  }
}
