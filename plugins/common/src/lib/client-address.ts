import { BlockList, isIP, isIPv4 } from "node:net"
import type { MedusaRequest } from "@medusajs/framework/http"
import { safeEqual } from "./secret-tokens"

export const CLIENT_IP_HEADER = "x-portal-client-ip"
export const FORWARD_SECRET_HEADER = "x-portal-forward-secret"

/**
 * "192.0.2.1", "192.0.2.1:5678", "[2001:db8::1]:443", "::ffff:192.0.2.1", "fe80::1%eth0" → the bare
 * address (IPv4-mapped IPv6 as IPv4, IPv6 in lower case, no zone). Undefined unless an IP address.
 */
export function normalizeAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  let address = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(":"))
  const zone = address.indexOf("%")
  if (zone > 0 && address.includes(":")) address = address.slice(0, zone)
  const mapped = /^(?:::|(?:0{1,4}:){5})ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped && isIPv4(mapped[1])) return mapped[1]
  const family = isIP(address)
  if (family === 4) return address
  if (family === 6) return address.toLowerCase()
  return undefined
}

export interface TrustedProxies {
  readonly size: number
  has(address: string | undefined): boolean
}

const familyOf = (address: string) => (isIPv4(address) ? "ipv4" : "ipv6")

/**
 * TRUSTED_PROXIES: comma- or space-separated IP addresses and CIDR ranges (IPv4 and IPv6); empty
 * trusts nobody. Throws on an entry that is neither, naming it.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList()
  let size = 0
  for (const raw of String(value ?? "").split(/[\s,]+/)) {
    const entry = raw.trim()
    if (!entry) continue
    const slash = entry.indexOf("/")
    const address = normalizeAddress(slash === -1 ? entry : entry.slice(0, slash))
    if (!address) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    const family = familyOf(address)
    if (slash === -1) {
      list.addAddress(address, family)
    } else {
      const prefixText = entry.slice(slash + 1)
      const prefix = Number(prefixText)
      const max = family === "ipv4" ? 32 : 128
      if (!/^\d{1,3}$/.test(prefixText) || prefix > max) {
        throw new Error(`TRUSTED_PROXIES: "${entry}" has no valid prefix length (0–${max})`)
      }
      list.addSubnet(address, prefix, family)
    }
    size++
  }
  return {
    size,
    has(address) {
      const normalized = normalizeAddress(address)
      if (!normalized || size === 0) return false
      return list.check(normalized, familyOf(normalized))
    },
  }
}

/**
 * The address a request came from: the socket's peer, unless that peer is a trusted proxy; then
 * X-Forwarded-For from the right, skipping trusted proxies, up to the first untrusted hop (hops
 * further left are whatever the visitor wrote). A hop that is not an address stops the walk at the
 * last trusted one. X-Real-IP is never believed. Undefined when the socket has no address.
 */
export function visitorAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies | undefined
): string | undefined {
  let address = normalizeAddress(socketAddress)
  if (!address) return undefined
  if (!trusted || !trusted.has(address)) return address
  const hops = ([] as string[])
    .concat(forwardedFor ?? [])
    .join(",")
    .split(",")
    .filter((hop) => hop.trim() !== "")
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i])
    if (!hop) return address
    address = hop
    if (!trusted.has(hop)) return hop
  }
  return address
}

let cachedSetting: string | undefined
let cachedTrusted: TrustedProxies = parseTrustedProxies("")

/** TRUSTED_PROXIES, parsed once per value. An invalid value is reported and trusts nobody. */
export function trustedProxies(): TrustedProxies {
  const setting = process.env.TRUSTED_PROXIES ?? ""
  if (setting !== cachedSetting) {
    cachedSetting = setting
    try {
      cachedTrusted = parseTrustedProxies(setting)
    } catch (error) {
      // Trusting nobody is the safe side: every address is then the socket's.
      console.error(`[client-address] ${(error as Error).message}; trusting no proxy`)
      cachedTrusted = parseTrustedProxies("")
    }
  }
  return cachedTrusted
}

function header(req: MedusaRequest, name: string): string | undefined {
  const value = req.get?.(name) ?? req.headers?.[name]
  return Array.isArray(value) ? value.join(",") : value
}

/**
 * The address of the person behind a request. The storefront's server calls the
 * backend for its visitors, so it forwards the visitor's address in
 * `X-Portal-Client-Ip` together with `X-Portal-Forward-Secret`; the header is
 * believed only with the right secret (PORTAL_FORWARD_SECRET), so nobody else can
 * pick the address their attempts are counted under. Otherwise: the socket's peer,
 * or behind a proxy listed in TRUSTED_PROXIES the first untrusted X-Forwarded-For
 * hop from the right (visitorAddress).
 */
export function clientAddress(req: MedusaRequest): string {
  const secret = process.env.PORTAL_FORWARD_SECRET
  const offered = header(req, FORWARD_SECRET_HEADER)
  const forwarded = header(req, CLIENT_IP_HEADER)
  if (secret && offered && forwarded && safeEqual(offered, secret)) {
    const address = normalizeAddress(forwarded.split(",")[0])
    if (address) return address
  }
  return visitorAddress(req.socket?.remoteAddress, req.headers?.["x-forwarded-for"], trustedProxies()) ?? "unknown"
}

export function userAgentOf(req: MedusaRequest): string | undefined {
  const agent = req.headers["user-agent"]
  return typeof agent === "string" ? agent.slice(0, 300) : undefined
}
