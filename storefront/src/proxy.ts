import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { SESSION_COOKIE } from "./lib/session/cookie";
import { decodePending, PENDING_COOKIE, STEP_PATHS } from "./lib/session/pending";

const handleI18nRouting = createMiddleware(routing);

/** Pages a visitor without a complete session may see (path after the locale prefix). */
export function isPublicPath(path: string): boolean {
  return (
    path === "/login" ||
    path.startsWith("/login/") ||
    path === "/registrera" ||
    path === "/inbjudan" ||
    path === "/glomt-losenord" ||
    path === "/aterstall-losenord"
  );
}

const LOCALE_PATH = new RegExp(`^/(${routing.locales.join("|")})(/.*)?$`);

// Proxy only does the cheap part of the guard: no session cookie → the login step the visitor is
// in (a half-finished login continues where it stopped), else "Log in". Whether the cookie's token
// is still valid and complete is decided by the backend, in the portal layout.
export default function proxy(request: NextRequest) {
  const match = LOCALE_PATH.exec(request.nextUrl.pathname);
  if (match) {
    const [, locale, rest = "/"] = match;
    const path = rest.length > 1 ? rest.replace(/\/+$/, "") : rest;
    if (!isPublicPath(path) && !request.cookies.get(SESSION_COOKIE)?.value) {
      const pending = decodePending(request.cookies.get(PENDING_COOKIE)?.value);
      const target = pending ? STEP_PATHS[pending.step] : "/login";
      return NextResponse.redirect(new URL(`/${locale}${target}`, request.url));
    }
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything except Next's internals, route handlers and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
