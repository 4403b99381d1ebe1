import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { type FieldErrors, invalidData, sendPortalError } from "./portal-errors"

/** zod's issues, keyed by the field path a form shows them next to ("invitations.0.email"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_"
    ;(fields[path] ??= []).push(issue.message)
  }
  return fields
}

function validate<S extends z.ZodTypeAny>(schema: S, source: "body" | "query") {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(source === "body" ? (req.body ?? {}) : req.query)
    if (!result.success) return sendPortalError(res, invalidData(fieldErrorsOf(result.error)))
    if (source === "body") (req as any).validatedBody = result.data
    else (req as any).validatedQuery = result.data
    next()
  }
}

export const validateBody = <S extends z.ZodTypeAny>(schema: S) => validate(schema, "body")
export const validateQuery = <S extends z.ZodTypeAny>(schema: S) => validate(schema, "query")
