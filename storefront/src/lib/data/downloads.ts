import { backendRequestUrl, bearer, failureFor } from "./backend"
import { clientForwardingHeaders } from "./client-address"

// File downloads from the backend (license file, licenses CSV, invoice PDF, a ticket's attachment, an
// agreement's PDF, a quote's PDF): the storefront's route handlers pass the backend's bytes on to the browser with its
// Content-Type and Content-Disposition, never through a public URL. The session token goes with the call like every other backend call.

const DOWNLOAD_TIMEOUT_MS = 30_000

export const licenseFilePath = (companyId: string, licenseId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/licenses/${encodeURIComponent(licenseId)}/file`
export const licensesCsvPath = "/store/licenses/export.csv"
export const invoicePdfPath = (companyId: string, invoiceId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/invoices/${encodeURIComponent(invoiceId)}/pdf`

export const quotePdfPath = (companyId: string, quoteId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/quotes/${encodeURIComponent(quoteId)}/pdf`

export const ticketAttachmentPath = (companyId: string, ticketId: string, fileId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/support/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(fileId)}`
export const agreementDocumentPath = (companyId: string, agreementId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/agreements/${encodeURIComponent(agreementId)}/document`

/** The headers a download passes on from the backend's answer (and never a cache). */
export const PASSED_HEADERS = ["content-type", "content-disposition", "content-length"] as const

/**
 * Calls the backend for a file. The answer is the backend's own response (its body not read yet)
 * when it is 2xx, else a failure value like every other data function's.
 */
export async function fetchBackendFile(
  token: string,
  path: string,
  query?: Record<string, unknown>
): Promise<{ ok: true; response: Response } | ReturnType<typeof failureFor>> {
  const headers: Record<string, string> = { accept: "*/*", ...(await clientForwardingHeaders()), ...bearer(token) }
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (publishableKey) headers["x-publishable-api-key"] = publishableKey
  let response: Response
  try {
    response = await fetch(backendRequestUrl(path, query), {
      headers,
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    })
  } catch (error) {
    console.error(`[storefront] download ${path} failed:`, error)
    return { ok: false, code: "backend_unavailable" }
  }
  if (response.ok) return { ok: true, response }
  const text = await response.text().catch(() => "")
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = undefined
  }
  return failureFor(response.status, body, response.headers.get("retry-after"))
}
