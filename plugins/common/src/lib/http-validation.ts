import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { type FieldErrors, invalidData, type LocalizedMessage, sendPortalError } from "./portal-errors"

/**
 * A validation message in Swedish and English, for a zod schema. zod carries an
 * issue's message as one string, so the pair travels as JSON and `fieldErrorsOf`
 * turns it back into `{ sv, en }`: `z.string().min(1, fieldMessage({ sv: "Ange namnet.", en: "Enter the name." }))`.
 */
export function fieldMessage(message: LocalizedMessage): string {
  return JSON.stringify({ sv: message.sv, en: message.en })
}

function decoded(message: string): LocalizedMessage | undefined {
  if (!message.startsWith('{"sv":')) return undefined
  try {
    const parsed = JSON.parse(message) as Partial<LocalizedMessage>
    return typeof parsed.sv === "string" && typeof parsed.en === "string" ? { sv: parsed.sv, en: parsed.en } : undefined
  } catch {
    return undefined
  }
}

type Issue = z.core.$ZodIssue

/** zod's own (English) message of an issue a schema gave no words for, with a Swedish one beside it. */
function defaultMessage(issue: Issue): LocalizedMessage {
  const en = issue.message
  switch (issue.code) {
    case "invalid_type":
      return { sv: /received undefined$/.test(en) ? "Värdet saknas." : `Fel typ av värde (väntade ${issue.expected}).`, en }
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum
      const bound =
        issue.code === "too_small" ? (issue.inclusive === false ? "Mer än" : "Minst") : issue.inclusive === false ? "Mindre än" : "Högst"
      const unit = issue.origin === "string" ? " tecken" : issue.origin === "array" || issue.origin === "set" ? " st." : ""
      return { sv: `${bound} ${String(limit)}${unit}${unit.endsWith(".") ? "" : "."}`, en }
    }
    case "invalid_format":
      return { sv: issue.format === "email" ? "Ogiltig e-postadress." : "Värdet har fel format.", en }
    case "unrecognized_keys":
      return { sv: `${issue.keys.length === 1 ? "Okänt fält" : "Okända fält"}: ${issue.keys.join(", ")}.`, en }
    default:
      return { sv: "Ogiltigt värde.", en }
  }
}

/** zod's issues as `{ sv, en }` messages, keyed by the field path a form shows them next to ("invitations.0.email"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_"
    ;(fields[path] ??= []).push(decoded(issue.message) ?? defaultMessage(issue as Issue))
  }
  return fields
}

/*
 * Why not Medusa's validateAndTransformBody / validateAndTransformQuery: they run the
 * same zod schema, but on failure they flatten zod's issues into one English sentence
 * (`Invalid request: …`, at most three issues) and Medusa's error handler answers
 * `{ type, message }`. The portal's forms need every issue under its field path, in
 * Swedish and English (`{ code: "invalid_data", fields }`). These two do what Medusa's
 * do — parse, then leave the result on `req.validatedBody` / `req.validatedQuery`, where
 * `MedusaRequest<Body>` types it for the handler — and answer with the portal's shape.
 */

/** Validates the JSON body: 400 with field errors, or the parsed body on `req.validatedBody`. */
export function validateBody<S extends z.ZodTypeAny>(schema: S) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) return sendPortalError(res, invalidData(fieldErrorsOf(result.error)))
    req.validatedBody = result.data
    next()
  }
}

/** Validates the query string: 400 with field errors, or the parsed query on `req.validatedQuery`. */
export function validateQuery<S extends z.ZodTypeAny>(schema: S) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.query)
    if (!result.success) return sendPortalError(res, invalidData(fieldErrorsOf(result.error)))
    req.validatedQuery = result.data as MedusaRequest["validatedQuery"]
    next()
  }
}
