// The portal session is the backend's customer JWT, kept in an httpOnly cookie that only the
// Next.js server reads. Pure functions here so that the options can be unit tested.

export const SESSION_COOKIE = "mymonitor_session"

/** Medusa's default `jwtExpiresIn` ("1d"), used when a token carries no `exp`. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60

export interface SessionCookieOptions {
  httpOnly: true
  sameSite: "lax"
  secure: boolean
  path: "/"
  maxAge: number
}

/** Reads the `exp` claim of a JWT without verifying it (the backend verifies on every call). */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split(".")[1]
  if (!payload) return undefined
  try {
    const json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }
    return typeof json.exp === "number" && Number.isFinite(json.exp) ? json.exp : undefined
  } catch {
    return undefined
  }
}

/** Seconds the cookie may live: until the token expires (never negative). */
export function tokenMaxAgeSeconds(token: string, nowMs: number = Date.now()): number {
  const exp = tokenExpiry(token)
  if (exp === undefined) return DEFAULT_TOKEN_LIFETIME_SECONDS
  return Math.max(0, Math.floor(exp - nowMs / 1000))
}

export function isSecurePortal(portalUrl: string | undefined): boolean {
  return typeof portalUrl === "string" && portalUrl.trim().toLowerCase().startsWith("https:")
}

export function sessionCookieOptions(token: string, portalUrl: string | undefined, nowMs: number = Date.now()): SessionCookieOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecurePortal(portalUrl),
    path: "/",
    maxAge: tokenMaxAgeSeconds(token, nowMs),
  }
}

/** Options that delete the cookie (same path and flags, already expired). */
export function clearedSessionCookieOptions(portalUrl: string | undefined): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: isSecurePortal(portalUrl), path: "/", maxAge: 0 }
}
