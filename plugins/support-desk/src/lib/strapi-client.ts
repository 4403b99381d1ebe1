import { PortalError } from "@mymonitor/common/lib/portal-errors"
import { forwardedMime } from "./attachment-rules"
import type { UploadedFile } from "./multipart"
import { portalErrorOf, type StrapiErrorBody, supportUnavailable } from "./strapi-errors"

export type StrapiClientOptions = {
  baseUrl: string
  token: string
  /** Per attempt; the contract's 5 s unless a test shortens it. */
  timeoutMs?: number
  /** Where a refusal Medusa cannot explain to the customer is written (a wrong token, a 5xx). */
  log?: (message: string) => void
}

type Query = Record<string, string | number | readonly string[] | undefined | null>

export type StrapiRequest = {
  method: "GET" | "PUT" | "POST"
  path: string
  query?: Query
  json?: unknown
  /** multipart/form-data: `data` as JSON and the files under `files` (Strapi's upload convention). */
  multipart?: { data: unknown; files: readonly UploadedFile[] }
}

/** The file bytes Strapi streams back (an attachment, an agreement PDF). */
export type StrapiFile = { body: ReadableStream<Uint8Array>; type: string; disposition: string | null; length: string | null }

const SAFE_METHODS = new Set(["GET", "PUT"])
const DEFAULT_TIMEOUT_MS = 5_000

class Unavailable extends Error {}

/**
 * The one way to Strapi's portal content API: Bearer token, a timeout on every attempt,
 * one retry for safe calls (GET, and PUT — the company upsert is idempotent), and every
 * failure turned into a portal error: down, slow or 5xx → 503 support_unavailable; 404 → 404;
 * a 4xx with `details.code` → the portal's code with its fields.
 */
export class StrapiClient {
  private readonly baseUrl: string
  private readonly timeoutMs: number

  constructor(private readonly options: StrapiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "")
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  async json<T>(request: StrapiRequest): Promise<{ status: number; body: T }> {
    const response = await this.send(request, async (res) => ({ status: res.status, body: (await res.json()) as T }))
    return response
  }

  /** The bytes of a file; the caller streams them on. The timeout covers the answer's start, not the download. */
  async file(path: string, query: Query): Promise<StrapiFile> {
    return this.send(
      { method: "GET", path, query },
      async (res) => {
        if (!res.body) throw new Unavailable("no body")
        return {
          body: res.body,
          type: res.headers.get("content-type") ?? "application/octet-stream",
          disposition: res.headers.get("content-disposition"),
          length: res.headers.get("content-length"),
        }
      },
      { streaming: true }
    )
  }

  private url(path: string, query?: Query): string {
    const url = new URL(`${this.baseUrl}${path}`)
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null || value === "") continue
      url.searchParams.set(name, Array.isArray(value) ? value.join(",") : String(value))
    }
    return url.toString()
  }

  private body(request: StrapiRequest): { body?: BodyInit; headers: Record<string, string> } {
    if (request.multipart) {
      const form = new FormData()
      form.append("data", JSON.stringify(request.multipart.data))
      for (const file of request.multipart.files) {
        form.append("files", new Blob([new Uint8Array(file.buffer)], { type: forwardedMime(file.name) }), file.name)
      }
      return { body: form, headers: {} }
    }
    if (request.json !== undefined) return { body: JSON.stringify(request.json), headers: { "content-type": "application/json" } }
    return { headers: {} }
  }

  private async send<R>(
    request: StrapiRequest,
    read: (response: Response) => Promise<R>,
    { streaming = false }: { streaming?: boolean } = {}
  ): Promise<R> {
    const attempts = SAFE_METHODS.has(request.method) ? 2 : 1
    let last: unknown
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.attempt(request, read, streaming)
      } catch (error) {
        if (error instanceof PortalError) throw error
        last = error
      }
    }
    this.options.log?.(
      `Strapi ${request.method} ${this.baseUrl}${request.path} failed: ${last instanceof Error ? last.message : String(last)}`
    )
    throw supportUnavailable()
  }

  private async attempt<R>(request: StrapiRequest, read: (response: Response) => Promise<R>, streaming: boolean): Promise<R> {
    const { body, headers } = this.body(request)
    // A download's timer stops once the answer starts; a JSON call's covers the whole body.
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new Unavailable(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs)
    try {
      const response = await fetch(this.url(request.path, request.query), {
        method: request.method,
        headers: { authorization: `Bearer ${this.options.token}`, accept: "application/json", ...headers },
        body,
        signal: streaming ? controller.signal : AbortSignal.any([controller.signal, AbortSignal.timeout(this.timeoutMs)]),
      })
      if (response.status >= 500) {
        await response.body?.cancel()
        throw new Unavailable(`status ${response.status}`)
      }
      if (response.status >= 400) {
        const error = (await response.json().catch(() => undefined)) as StrapiErrorBody | undefined
        if (response.status === 401 || response.status === 403) {
          this.options.log?.(`Strapi refused the API token (${response.status}) on ${request.method} ${request.path}`)
        }
        throw portalErrorOf(response.status, error)
      }
      if (streaming) clearTimeout(timer)
      return await read(response)
    } catch (error) {
      if (error instanceof PortalError) throw error
      if (error instanceof Unavailable) throw error
      // fetch names the network failure only in `cause` (ECONNREFUSED, a reset): kept for the log.
      const reason = (error as { cause?: { message?: string } }).cause?.message
      const cause = reason ? ` (${reason})` : ""
      throw new Unavailable(`${error instanceof Error ? error.message : String(error)}${cause}`)
    } finally {
      clearTimeout(timer)
    }
  }
}
