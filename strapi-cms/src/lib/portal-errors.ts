/**
 * Errors of the portal API in Strapi's standard body `{ data: null, error: { status, name, message,
 * details } }` with `details.code` from the contract.
 */
export type PortalErrorCode = "unknown_company" | "not_found" | "ticket_closed" | "invalid" | "file_too_large" | "file_type"

const NAMES: Record<number, string> = {
  400: "ValidationError",
  404: "NotFoundError",
  409: "ConflictError",
  422: "UnprocessableEntityError",
}

export class PortalError extends Error {
  constructor(
    public status: number,
    public code: PortalErrorCode,
    message: string,
    public extra: Record<string, unknown> = {}
  ) {
    super(message)
  }

  body() {
    return {
      data: null,
      error: {
        status: this.status,
        name: NAMES[this.status] ?? "ApplicationError",
        message: this.message,
        details: { code: this.code, ...this.extra },
      },
    }
  }
}

export const notFound = () => new PortalError(404, "not_found", "Not Found")

export interface FieldError {
  path: string[]
  message: string
}

/** Collects field errors; `throwIfAny` raises one 400 `invalid` naming every field. */
export class FieldErrors {
  errors: FieldError[] = []
  add(path: string, message: string) {
    this.errors.push({ path: path.split("."), message })
  }
  throwIfAny() {
    if (this.errors.length > 0) {
      throw new PortalError(400, "invalid", `Invalid input: ${this.errors.map((e) => e.path.join(".")).join(", ")}`, {
        errors: this.errors,
      })
    }
  }
}
