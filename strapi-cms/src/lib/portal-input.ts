/**
 * Parsing and checking the portal API's input (query strings, JSON and multipart `data`).
 * Every problem becomes a 400 `invalid` naming the fields.
 */
import { FieldErrors, PortalError } from "./portal-errors"
import { CATEGORIES, PRIORITIES, STATUSES, AGREEMENT_STATUSES, type Author } from "./tickets-model"
import { SORTS } from "../api/portal/services/tickets"
import type { CreateInput } from "../api/portal/services/ticket-writes"
import type { IncomingFile } from "../api/portal/services/attachments"

type Obj = Record<string, unknown>

const MEDUSA_ID = /^[A-Za-z0-9_-]{1,64}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "")

/** `companies` as a comma list (query) or an array (JSON body); each must look like a Medusa id. */
export const parseCompanies = (raw: unknown, field = "companies"): string[] => {
  const list = (Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : []).map(str).filter(Boolean)
  const errors = new FieldErrors()
  if (raw === undefined || raw === null) errors.add(field, "required")
  else if (list.some((c) => !MEDUSA_ID.test(c)) || list.length > 500) errors.add(field, "invalid company ids")
  errors.throwIfAny()
  return Array.from(new Set(list))
}

export const parsePaging = (q: Obj, errors: FieldErrors, maxPageSize = 100) => {
  const page = q.page === undefined ? 1 : Number(q.page)
  const pageSize = q.pageSize === undefined ? 25 : Number(q.pageSize)
  if (!Number.isInteger(page) || page < 1 || page > 100000) errors.add("page", "must be a positive integer")
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) errors.add("pageSize", `must be 1..${maxPageSize}`)
  return { page, pageSize }
}

export const parseTicketList = (q: Obj) => {
  const errors = new FieldErrors()
  const status = str(q.status) || undefined
  if (status && status !== "open" && !(STATUSES as readonly string[]).includes(status)) errors.add("status", "unknown status")
  const sort = str(q.sort) || "lastActivityAt:desc"
  if (!SORTS[sort]) errors.add("sort", "unknown sort")
  const qText = str(q.q)
  if (qText.length > 200) errors.add("q", "too long")
  const paging = parsePaging(q, errors)
  errors.throwIfAny()
  return { companies: parseCompanies(q.companies), status, q: qText || undefined, sort, ...paging }
}

export const parseAgreementList = (q: Obj) => {
  const errors = new FieldErrors()
  const status = str(q.status) || undefined
  if (status && !(AGREEMENT_STATUSES as readonly string[]).includes(status)) errors.add("status", "unknown status")
  const paging = parsePaging(q, errors)
  errors.throwIfAny()
  return { companies: parseCompanies(q.companies), status, ...paging }
}

const parseAuthor = (raw: unknown, errors: FieldErrors): Author => {
  const a = (raw && typeof raw === "object" ? raw : {}) as Obj
  const author = { customerId: str(a.customerId), name: str(a.name), email: str(a.email) }
  if (!author.customerId || author.customerId.length > 64) errors.add("author.customerId", "required")
  if (!author.name || author.name.length > 255) errors.add("author.name", "required")
  if (!EMAIL.test(author.email)) errors.add("author.email", "must be an e-mail address")
  return author
}

/** The multipart field `data` (a JSON string) or a JSON body. */
export const parseDataField = (body: unknown): Obj => {
  const b = (body ?? {}) as Obj
  if (typeof b.data === "string") {
    try {
      const parsed = JSON.parse(b.data)
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Obj
    } catch {
      // fall through to the 400 below
    }
    throw new PortalError(400, "invalid", "`data` must be a JSON object", { errors: [{ path: ["data"], message: "invalid JSON" }] })
  }
  if (b.data && typeof b.data === "object") return b.data as Obj
  return b
}

const text = (d: Obj, name: string, max: number, errors: FieldErrors, required = true) => {
  const v = str(d[name])
  if (required && !v) errors.add(name, "required")
  else if (v.length > max) errors.add(name, `at most ${max} characters`)
  return v
}

export const parseCreate = (d: Obj): CreateInput => {
  const errors = new FieldErrors()
  const companyId = str(d.companyId)
  if (!MEDUSA_ID.test(companyId)) errors.add("companyId", "required")
  const input: CreateInput = {
    companyId,
    subject: text(d, "subject", 255, errors),
    description: text(d, "description", 20000, errors),
    category: str(d.category),
    priority: str(d.priority) || "normal",
    erpVersion: text(d, "erpVersion", 32, errors, false) || null,
    idempotencyKey: str(d.idempotencyKey),
    author: parseAuthor(d.author, errors),
  }
  if (!(CATEGORIES as readonly string[]).includes(input.category)) errors.add("category", "unknown category")
  if (!(PRIORITIES as readonly string[]).includes(input.priority)) errors.add("priority", "unknown priority")
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(input.idempotencyKey)) errors.add("idempotencyKey", "required (8..128 of A-Z a-z 0-9 _ -)")
  errors.throwIfAny()
  return input
}

export const parseReply = (d: Obj) => {
  const errors = new FieldErrors()
  const body = text(d, "body", 20000, errors)
  const author = parseAuthor(d.author, errors)
  errors.throwIfAny()
  return { companies: parseCompanies(d.companies), body, author }
}

export const parseStatusChange = (d: Obj) => {
  const errors = new FieldErrors()
  const action = str(d.action)
  if (action !== "close" && action !== "reopen") errors.add("action", "must be close or reopen")
  const author = parseAuthor(d.author, errors)
  errors.throwIfAny()
  return { companies: parseCompanies(d.companies), action: action as "close" | "reopen", author }
}

export const parseCompanyUpsert = (medusaId: string, d: Obj) => {
  const errors = new FieldErrors()
  if (!MEDUSA_ID.test(medusaId)) errors.add("medusaId", "invalid")
  const name = text(d, "name", 255, errors)
  const orgNumber = text(d, "orgNumber", 32, errors, false) || null
  errors.throwIfAny()
  return { medusaId, name, orgNumber }
}

/** koa-body's `files` field: none, one or several. */
export const incomingFiles = (files: unknown): IncomingFile[] => {
  const f = (files as Obj | undefined)?.files
  if (!f) return []
  return (Array.isArray(f) ? f : [f]) as IncomingFile[]
}
