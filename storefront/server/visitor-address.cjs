"use strict"
// The visitor's address, decided where the TCP connection is still visible.
//
// App Router code (server components, server actions) sees only request headers, and
// X-Forwarded-For / X-Real-IP are whatever the visitor sent: Next's own server sets
// x-forwarded-for only when it is absent. So `npm start` loads this file's preload
// (server/visitor-address-preload.cjs) before `next start`, which runs its HTTP server in the
// same process: every request then first passes `attachVisitorAddress`, which computes the
// address from the socket and TRUSTED_PROXIES and writes it into a private header
// (VISITOR_ADDRESS_HEADER), replacing any value the visitor sent. src/lib/data/client-address.ts
// reads only that header.
//
// The rule (the same as plugins/common/src/lib/client-address.ts on the Medusa side):
// the socket's peer, unless that peer is a trusted proxy; then X-Forwarded-For is walked from the
// right, skipping trusted proxies, and the first untrusted hop is the visitor. X-Real-IP is never
// believed. Plain CommonJS, no dependencies: it runs before Next and is unit tested as it is.

const http = require("node:http")
const https = require("node:https")
const net = require("node:net")

const VISITOR_ADDRESS_HEADER = "x-mymonitor-visitor-ip"

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/**
 * "192.0.2.1", "192.0.2.1:5678", "[2001:db8::1]:443", "::ffff:192.0.2.1", "fe80::1%eth0" → the bare
 * address (IPv4-mapped IPv6 as IPv4, IPv6 in lower case, no zone). Undefined unless an IP address.
 */
function normalizeAddress(value) {
  if (typeof value !== "string") return undefined
  let address = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(":"))
  const zone = address.indexOf("%")
  if (zone > 0 && address.includes(":")) address = address.slice(0, zone)
  const mapped = /^(?:::|(?:0{1,4}:){5})ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped && net.isIPv4(mapped[1])) return mapped[1]
  const family = net.isIP(address)
  if (family === 4) return address
  if (family === 6) return address.toLowerCase()
  return undefined
}

/**
 * TRUSTED_PROXIES: comma- or space-separated IP addresses and CIDR ranges (IPv4 and IPv6).
 * Returns `{ has(address), size }`. Throws on an entry that is neither, naming it.
 */
function parseTrustedProxies(value) {
  const list = new net.BlockList()
  let size = 0
  for (const raw of String(value ?? "").split(/[\s,]+/)) {
    const entry = raw.trim()
    if (!entry) continue
    const slash = entry.indexOf("/")
    const address = normalizeAddress(slash === -1 ? entry : entry.slice(0, slash))
    const family = address ? (IPV4.test(address) ? "ipv4" : "ipv6") : undefined
    if (!address || !family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
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
      return list.check(normalized, IPV4.test(normalized) ? "ipv4" : "ipv6")
    },
  }
}

/**
 * The visitor's address: the socket's peer, unless it is a trusted proxy; then X-Forwarded-For from
 * the right, skipping trusted proxies, up to the first untrusted hop. A hop that is not an address
 * stops the walk at the last trusted one (nothing further left is believable). Undefined when the
 * socket has no address. `forwardedFor` is the header's value (a string, or several values).
 */
function visitorAddress(socketAddress, forwardedFor, trusted) {
  let address = normalizeAddress(socketAddress)
  if (!address) return undefined
  if (!trusted || !trusted.has(address)) return address
  const hops = []
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

let cachedSetting
let cachedTrusted
let reportedSetting

/** TRUSTED_PROXIES as read now (Next loads .env files after the preload), parsed once per value. */
function trustedProxiesFromEnv(env = process.env) {
  const setting = env.TRUSTED_PROXIES ?? ""
  if (setting !== cachedSetting) {
    try {
      cachedTrusted = parseTrustedProxies(setting)
    } catch (error) {
      // Trusting nobody is the safe side: every address is then the socket's.
      if (reportedSetting !== setting) console.error(`[visitor-address] ${error.message}; trusting no proxy`)
      reportedSetting = setting
      cachedTrusted = parseTrustedProxies("")
    }
    cachedSetting = setting
  }
  return cachedTrusted
}

/**
 * Writes the visitor's address into `req.headers[VISITOR_ADDRESS_HEADER]`, after removing any such
 * header the client sent (from `headers` and `rawHeaders`). Leaves it absent when the socket has no
 * address.
 */
function attachVisitorAddress(req, trusted = trustedProxiesFromEnv()) {
  delete req.headers[VISITOR_ADDRESS_HEADER]
  if (Array.isArray(req.rawHeaders)) {
    const kept = []
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (String(req.rawHeaders[i]).toLowerCase() !== VISITOR_ADDRESS_HEADER) kept.push(req.rawHeaders[i], req.rawHeaders[i + 1])
    }
    if (kept.length !== req.rawHeaders.length) req.rawHeaders.splice(0, req.rawHeaders.length, ...kept)
  }
  const address = visitorAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trusted)
  if (address) {
    req.headers[VISITOR_ADDRESS_HEADER] = address
    if (Array.isArray(req.rawHeaders)) req.rawHeaders.push(VISITOR_ADDRESS_HEADER, address)
  }
  return address
}

const INSTALLED = Symbol.for("mymonitor.visitor-address.installed")
/**
 * Set on globalThis while installed. The app code (same process) believes the private header only
 * then: without this preload nothing removes a value the visitor sent.
 */
const ACTIVE = Symbol.for("mymonitor.visitor-address")

/**
 * Makes every HTTP(S) server created from now on in this process run `attachVisitorAddress` before
 * its own request listeners. Returns a function that undoes it (for tests). Throws at once when
 * TRUSTED_PROXIES is already set and invalid.
 */
function installVisitorAddress({ modules = [http, https], env = process.env } = {}) {
  parseTrustedProxies(env.TRUSTED_PROXIES)
  const restore = []
  if (!globalThis[ACTIVE]) {
    globalThis[ACTIVE] = true
    restore.push(() => delete globalThis[ACTIVE])
  }
  for (const mod of modules) {
    if (mod[INSTALLED]) continue
    const original = mod.createServer
    const patched = function createServer(...args) {
      const server = original.apply(this, args)
      server.prependListener("request", (req) => attachVisitorAddress(req, trustedProxiesFromEnv(env)))
      return server
    }
    mod.createServer = patched
    mod[INSTALLED] = true
    restore.push(() => {
      if (mod.createServer === patched) mod.createServer = original
      delete mod[INSTALLED]
    })
  }
  return () => restore.forEach((undo) => undo())
}

module.exports = {
  VISITOR_ADDRESS_HEADER,
  normalizeAddress,
  parseTrustedProxies,
  visitorAddress,
  trustedProxiesFromEnv,
  attachVisitorAddress,
  installVisitorAddress,
}
