import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Every invalid request answers the same shape, with the offending fields named:
 * `{ code: "invalid_data", message, fields: { "<path>": ["<problem>", ...] } }`.
 * Medusa's own validators collapse all problems into one string; a form needs them per field.
 */
export type FieldErrors = Record<string, string[]>

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_"
    ;(fields[path] ??= []).push(issue.message)
  }
  return fields
}

export function sendInvalidData(res: MedusaResponse, fields: FieldErrors) {
  res.status(400).json({
    code: "invalid_data",
    message: "Ogiltiga uppgifter / Invalid data",
    fields,
  })
}

function validate<S extends z.ZodTypeAny>(schema: S, source: "body" | "query") {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const input = source === "body" ? (req.body ?? {}) : req.query
    const result = schema.safeParse(input)
    if (!result.success) return sendInvalidData(res, fieldErrorsOf(result.error))
    if (source === "body") {
      ;(req as any).validatedBody = result.data
    } else {
      ;(req as any).validatedQuery = result.data
    }
    next()
  }
}

export const validateBody = <S extends z.ZodTypeAny>(schema: S) => validate(schema, "body")
export const validateQuery = <S extends z.ZodTypeAny>(schema: S) => validate(schema, "query")
