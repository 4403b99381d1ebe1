import { isIP } from "node:net"
import { headers } from "next/headers"

// The backend counts login attempts per IP and writes the address into its audit log. Its callers
// are this server, so we tell it whose request we are making: `X-Portal-Client-Ip`, believed only
// together with `X-Portal-Forward-Secret` = PORTAL_FORWARD_SECRET (the same value on both sides).

export const CLIENT_IP_HEADER = "x-portal-client-ip"
export const FORWARD_SECRET_HEADER = "x-portal-forward-secret"

/**
 * Written by server/visitor-address.cjs (the preload `npm start` runs `next start` with) from the
 * TCP socket's peer and TRUSTED_PROXIES; any value the visitor sent is removed first. The same name
 * as VISITOR_ADDRESS_HEADER there (a unit test keeps them equal).
 */
export const VISITOR_ADDRESS_HEADER = "x-mymonitor-visitor-ip"

/** Set on globalThis by the preload (server/visitor-address.cjs) in this process. */
const PRELOAD_ACTIVE = Symbol.for("mymonitor.visitor-address")

export function visitorAddressPreloadActive(): boolean {
  return (globalThis as Record<symbol, unknown>)[PRELOAD_ACTIVE] === true
}

/**
 * The visitor's address: only the private header the preload wrote, and only when the preload runs
 * in this process (else nothing removed a value the visitor sent). X-Forwarded-For and X-Real-IP
 * are never read here — they are whatever the visitor sent (Next's server adds x-forwarded-for only
 * when it is absent). Undefined without the preload (`next dev`, or `next start` run by hand): the
 * backend then counts this server's own address.
 */
export function clientAddressFrom(get: (name: string) => string | null | undefined): string | undefined {
  if (!visitorAddressPreloadActive()) return undefined
  const address = get(VISITOR_ADDRESS_HEADER)?.trim()
  return address && isIP(address) ? address : undefined
}

/** The two headers for a backend call (pure, unit tested). */
export function forwardingHeaders(address: string | undefined, secret: string | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  if (address) result[CLIENT_IP_HEADER] = address
  if (address && secret) result[FORWARD_SECRET_HEADER] = secret
  return result
}

let warnedMissing = false

/** The forwarding headers of the current request; none outside a request (build, tests). */
export async function clientForwardingHeaders(): Promise<Record<string, string>> {
  let address: string | undefined
  try {
    const incoming = await headers()
    address = clientAddressFrom((name) => incoming.get(name))
  } catch {
    return {}
  }
  if (!address && !warnedMissing && process.env.NODE_ENV === "production") {
    warnedMissing = true
    console.warn(
      "[client-address] no visitor address on this request: start the portal with `npm run start -w storefront` " +
        "(node --require ./server/visitor-address-preload.cjs); the backend now counts every visitor under this server's address"
    )
  }
  return forwardingHeaders(address, process.env.PORTAL_FORWARD_SECRET || undefined)
}
