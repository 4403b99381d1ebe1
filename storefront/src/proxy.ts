import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { SESSION_COOKIE } from "./lib/session/cookie";

const handleI18nRouting = createMiddleware(routing);

/** Pages a visitor without a session may see (path after the locale prefix). */
const PUBLIC_PATHS = new Set(["/login"]);

const LOCALE_PATH = new RegExp(`^/(${routing.locales.join("|")})(/.*)?$`);

// Proxy only does the cheap part of the guard: no session cookie → the login page.
// Whether the cookie's token is still valid is decided by the backend, in the portal layout.
export default function proxy(request: NextRequest) {
  const match = LOCALE_PATH.exec(request.nextUrl.pathname);
  if (match) {
    const [, locale, rest = "/"] = match;
    const path = rest.length > 1 ? rest.replace(/\/+$/, "") : rest;
    if (!PUBLIC_PATHS.has(path) && !request.cookies.get(SESSION_COOKIE)?.value) {
      return NextResponse.redirect(new URL(`/${locale}/login`, request.url));
    }
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything except Next's internals, route handlers and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
