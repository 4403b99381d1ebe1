import { clientForwardingHeaders } from "./client-address"

// The only door to the Medusa backend. Everything is read from the environment at request time
// (never at build time). Plain fetch instead of the JS SDK: the portal's routes answer errors in one
// shape (`{ code, message: { sv, en }, fields? }`) and the UI needs all of it, which the SDK's
// FetchError drops.

const REQUEST_TIMEOUT_MS = 10_000

export function backendUrl(): string {
  return process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
}

export interface LocalizedMessage {
  sv: string
  en: string
}

/** The backend's error answer, as far as it could be read; every message, also each field's, in Swedish and English. */
export interface PortalErrorBody {
  code?: string
  message?: LocalizedMessage
  fields?: Record<string, LocalizedMessage[]>
}

/**
 * Errors are values: every data function answers one of these instead of throwing.
 * `unauthorized` = 401 (no or wrong session); `rate_limited` = 429; `rejected` = another 4xx
 * (the caller decides what it means, with `status` and the backend's `error`);
 * `backend_unavailable` = refused connection, timeout or 5xx.
 */
export type BackendFailure = {
  ok: false
  code: "unauthorized" | "rejected" | "rate_limited" | "backend_unavailable"
  status?: number
  error?: PortalErrorBody
  retryAfterSeconds?: number
  /** No answer in time: the backend may still have done what was asked (a new ticket says so). */
  timedOut?: boolean
}
export type BackendResult<T> = { ok: true; data: T; status?: number } | BackendFailure

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE"

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

export function backendRequestUrl(path: string, query?: Record<string, unknown>): string {
  const url = new URL(path, backendUrl())
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue
    url.searchParams.append(key, String(value))
  }
  return url.toString()
}

function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  return (
    !!value &&
    typeof value === "object" &&
    typeof (value as LocalizedMessage).sv === "string" &&
    typeof (value as LocalizedMessage).en === "string"
  )
}

/** A message as the backend wrote it: `{ sv, en }`, or one string (Medusa's own answers) shown in both languages. */
function readMessage(value: unknown): LocalizedMessage | undefined {
  if (isLocalizedMessage(value)) return { sv: value.sv, en: value.en }
  if (typeof value === "string" && value) return { sv: value, en: value }
  return undefined
}

function readErrorBody(body: unknown): PortalErrorBody | undefined {
  if (!body || typeof body !== "object") return undefined
  const { code, message, fields, type } = body as Record<string, unknown>
  const error: PortalErrorBody = {}
  if (typeof code === "string") error.code = code
  else if (typeof type === "string") error.code = type
  const text = readMessage(message)
  if (text) error.message = text
  if (fields && typeof fields === "object") {
    error.fields = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([name, value]) => [
        name,
        (Array.isArray(value) ? value : [value]).map(readMessage).filter((item): item is LocalizedMessage => !!item),
      ])
    )
  }
  return error
}

/** Maps a non-2xx answer to a failure value (pure, unit tested). */
export function failureFor(status: number, body: unknown, retryAfter?: string | null): BackendFailure {
  const error = readErrorBody(body)
  if (status === 401) return { ok: false, code: "unauthorized", status, error }
  if (status === 429) {
    const seconds = Number(retryAfter)
    return {
      ok: false,
      code: "rate_limited",
      status,
      error,
      retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined,
    }
  }
  if (status >= 500) return { ok: false, code: "backend_unavailable", status, error }
  return { ok: false, code: "rejected", status, error }
}

/**
 * Performs one backend call and maps its failure (see BackendFailure). Nothing is thrown.
 * Every call forwards the visitor's address (X-Portal-Client-Ip with X-Portal-Forward-Secret) so the
 * backend's per-IP limits and audit log see the person, not this server.
 */
export async function callBackend<T>(
  path: string,
  init: {
    method?: HttpMethod
    body?: unknown
    /** A multipart body (a form with files), sent as it is: fetch writes its content-type with the boundary. */
    form?: FormData
    headers?: Record<string, string>
    query?: Record<string, unknown>
    timeoutMs?: number
  } = {}
): Promise<BackendResult<T>> {
  const headers: Record<string, string> = {
    accept: "application/json",
    ...(await clientForwardingHeaders()),
    ...init.headers,
  }
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (publishableKey) headers["x-publishable-api-key"] = publishableKey
  if (init.body !== undefined) headers["content-type"] = "application/json"

  let response: Response
  try {
    response = await fetch(backendRequestUrl(path, init.query), {
      method: init.method ?? "GET",
      headers,
      body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(init.timeoutMs ?? REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    // fetch() rejects with a TypeError when the backend cannot be reached, and with an
    // AbortError/TimeoutError when it does not answer in time.
    console.error(`[storefront] backend call ${init.method ?? "GET"} ${path} failed:`, error)
    // By name, not instanceof: the DOMException may come from another realm (undici's).
    const name = (error as { name?: unknown } | null)?.name
    const timedOut = name === "TimeoutError" || name === "AbortError"
    return timedOut ? { ok: false, code: "backend_unavailable", timedOut } : { ok: false, code: "backend_unavailable" }
  }

  const text = await response.text().catch(() => "")
  let body: unknown = undefined
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
  }
  if (response.ok) return { ok: true, data: (body ?? {}) as T, status: response.status }

  const failure = failureFor(response.status, body, response.headers.get("retry-after"))
  if (failure.code === "backend_unavailable") {
    console.error(`[storefront] backend call ${init.method ?? "GET"} ${path} answered ${response.status}`)
  }
  return failure
}
