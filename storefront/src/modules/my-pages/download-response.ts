import { getTranslations } from "next-intl/server"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { fetchBackendFile, PASSED_HEADERS } from "@/lib/data/downloads"
import { getPortalSession } from "@/lib/data/session"
import { localized } from "@/lib/errors"
import { canAccess, type PortalArea } from "@/lib/permissions/areas"
import { sessionLost } from "@/lib/session/lost"
import { readSessionToken } from "@/lib/session/store"

/**
 * A route handler's answer for a file from the backend: the backend's bytes streamed through with
 * its Content-Type, Content-Disposition (and length), never cached. No session or a session the
 * backend no longer accepts → "Logga in"; a role without the page's area (Mina sidor, or Support for a
 * ticket's attachment; checked here like the pages),
 * another company's file → 404 (the backend's 403/404 both); the backend down → 502. Errors are short
 * texts in the visitor's language.
 */
export async function downloadResponse(
  request: Request,
  localeParam: string,
  path: string,
  query?: Record<string, unknown>,
  area: PortalArea = "my_pages"
): Promise<Response> {
  const locale = hasLocale(routing.locales, localeParam) ? localeParam : routing.defaultLocale
  const loginUrl = (expired: boolean) => new URL(`/${locale}/login${expired ? "?reason=expired" : ""}`, request.url)
  const token = await readSessionToken()
  if (!token) return Response.redirect(loginUrl(false), 303)
  const t = await getTranslations({ locale, namespace: "downloads" })
  const text = (status: number, message: string) =>
    new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } })

  // The same guard as the pages: a role without the area gets not found, before the backend is asked.
  const session = await getPortalSession()
  if (session.status === "unauthenticated") return Response.redirect(loginUrl(true), 303)
  if (session.status === "backend_unavailable") return text(502, t("unavailable"))
  if (!canAccess(session.areas, area)) return text(404, t("notFound"))

  const result = await fetchBackendFile(token, path, query)
  if (result.ok) {
    const headers = new Headers({ "cache-control": "no-store", "x-content-type-options": "nosniff" })
    for (const name of PASSED_HEADERS) {
      const value = result.response.headers.get(name)
      if (value) headers.set(name, value)
    }
    if (!headers.has("content-type")) headers.set("content-type", "application/octet-stream")
    if (!headers.has("content-disposition")) headers.set("content-disposition", "attachment")
    return new Response(result.response.body, { status: 200, headers })
  }

  if (sessionLost(result)) return Response.redirect(loginUrl(true), 303)
  if (result.code === "rejected" && (result.status === 403 || result.status === 404)) return text(404, t("notFound"))
  if (result.code === "rejected") {
    // E.g. 410 for a revoked license's file: the backend says why, in the visitor's language.
    return text(
      result.status && result.status >= 400 && result.status < 500 ? result.status : 400,
      localized(result.error?.message, locale) ?? t("invalid")
    )
  }
  if (result.code === "rate_limited") return text(429, t("rateLimited"))
  return text(502, t("unavailable"))
}
