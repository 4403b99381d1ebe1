import createMiddleware from "next-intl/middleware"
import { NextRequest, NextResponse } from "next/server"
import { routing } from "./i18n/routing"
import { contentSecurityPolicy, createNonce, CSP_HEADER, NONCE_HEADER } from "./lib/security/csp"
import { SESSION_COOKIE } from "./lib/session/cookie"
import { decodePending, PENDING_COOKIE, STEP_PATHS } from "./lib/session/pending"

const handleI18nRouting = createMiddleware(routing)

/** Pages a visitor without a complete session may see (path after the locale prefix). */
export function isPublicPath(path: string): boolean {
  return (
    path === "/login" ||
    path.startsWith("/login/") ||
    path === "/registrera" ||
    path === "/inbjudan" ||
    path === "/glomt-losenord" ||
    path === "/aterstall-losenord"
  )
}

const LOCALE_PATH = new RegExp(`^/(${routing.locales.join("|")})(/.*)?$`)

/**
 * Paths that get locale routing and the login guard: everything except Next's internals, route
 * handlers and files with an extension — the proxy's former matcher, `/((?!api|_next|_vercel|.*\..*).*)`,
 * to the letter. The rest passes through with only the security headers (such paths can still
 * answer an HTML page: the not-found page for /api/x or /favicon.ico).
 */
const ROUTED_PATH = /^\/(?!api|_next|_vercel|.*\..*)/

export function isRoutedPath(pathname: string): boolean {
  return ROUTED_PATH.test(pathname)
}

// Proxy only does the cheap part of the guard: no session cookie → the login step the visitor is
// in (a half-finished login continues where it stopped), else "Log in". Whether the cookie's token
// is still valid and complete is decided by the backend, in the portal layout.
function route(request: NextRequest, requestHeaders: Headers): NextResponse {
  if (!isRoutedPath(request.nextUrl.pathname)) {
    return NextResponse.next({ request: { headers: requestHeaders } })
  }
  const match = LOCALE_PATH.exec(request.nextUrl.pathname)
  if (match) {
    const [, locale, rest = "/"] = match
    const path = rest.length > 1 ? rest.replace(/\/+$/, "") : rest
    if (!isPublicPath(path) && !request.cookies.get(SESSION_COOKIE)?.value) {
      const pending = decodePending(request.cookies.get(PENDING_COOKIE)?.value)
      const target = pending ? STEP_PATHS[pending.step] : "/login"
      return NextResponse.redirect(new URL(`/${locale}${target}`, request.url))
    }
  }
  // next-intl passes the request's headers on to the page (its locale header added), so it gets the
  // same request with the nonce and the policy among them.
  return handleI18nRouting(new NextRequest(request.url, { method: request.method, headers: requestHeaders }))
}

/**
 * Every response that passes here gets a Content-Security-Policy with a fresh nonce, and the page
 * render sees the same policy and nonce in its request headers (Next puts the nonce on its scripts).
 */
export default function proxy(request: NextRequest) {
  const nonce = createNonce()
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    https: (process.env.PORTAL_URL ?? "").startsWith("https://"),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set(NONCE_HEADER, nonce)
  requestHeaders.set(CSP_HEADER, policy)
  const response = route(request, requestHeaders)
  response.headers.set(CSP_HEADER, policy)
  return response
}

export const config = {
  // Every path that can answer a page, so that every HTML answer gets its policy; locale routing
  // and the guard still apply only to isRoutedPath(). Left out: Next's internals (/_next/…) and
  // paths ending in .json — Next matches /_next/data/<id>/<path>.json as if it were /<path>, and
  // the former matcher never ran for them. Those answers get a fixed policy without inline scripts
  // from next.config.ts.
  matcher: "/((?!_next/|.*\\.json$).*)",
}
