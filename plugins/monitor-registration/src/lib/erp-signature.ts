import { createHmac } from "node:crypto"
import { safeEqual } from "@mymonitor/common/lib/secret-tokens"

/**
 * The ERP signs every request:
 *   X-Monitor-Signature: v1=<lowercase hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 * over the raw body bytes exactly as sent (docs/erp-api.openapi.yaml).
 */
export const INSTALLATION_HEADER = "x-monitor-installation"
export const TIMESTAMP_HEADER = "x-monitor-timestamp"
export const SIGNATURE_HEADER = "x-monitor-signature"

/** How far the ERP's clock may be off, either way. */
export const CLOCK_WINDOW_SECONDS = 300

const SIGNATURE_PATTERN = /^v1=[0-9a-f]{64}$/
const TIMESTAMP_PATTERN = /^\d{1,12}$/

export function signErpRequest(secret: string, timestamp: string | number, rawBody: Buffer | string): string {
  const hmac = createHmac("sha256", secret)
  hmac.update(`${timestamp}.`, "utf8")
  hmac.update(typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody)
  return `v1=${hmac.digest("hex")}`
}

/** The timestamp header is whole seconds and at most CLOCK_WINDOW_SECONDS away from now. */
export function timestampIsFresh(timestamp: string | undefined, nowMs = Date.now()): boolean {
  if (!timestamp || !TIMESTAMP_PATTERN.test(timestamp)) return false
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= CLOCK_WINDOW_SECONDS
}

/** Constant-time check of the signature header against the expected one. */
export function signatureMatches(
  secret: string,
  timestamp: string,
  rawBody: Buffer | string,
  signatureHeader: string | undefined
): boolean {
  const expected = signErpRequest(secret, timestamp, rawBody)
  const offered = typeof signatureHeader === "string" && SIGNATURE_PATTERN.test(signatureHeader.trim()) ? signatureHeader.trim() : ""
  // A malformed header compares as "" (never equal, through the same constant-time path).
  return safeEqual(offered, expected)
}

export type SignatureCheck =
  { ok: true } | { ok: false; reason: "missing_headers" | "unknown_installation" | "stale_timestamp" | "bad_signature" }

/**
 * The whole 401 decision, in one place: headers present, installation known and
 * active (its secret given, or undefined), timestamp fresh, signature right.
 * A secret is always computed against (a throw-away one for unknown installations)
 * so an unknown id costs as much as a wrong signature.
 */
export function checkErpSignature(input: {
  installationId: string | undefined
  timestamp: string | undefined
  signature: string | undefined
  rawBody: Buffer
  secret: string | undefined
  nowMs?: number
}): SignatureCheck {
  if (!input.installationId || !input.timestamp || !input.signature) return { ok: false, reason: "missing_headers" }
  const matches = signatureMatches(input.secret ?? "unknown-installation", input.timestamp, input.rawBody, input.signature)
  if (input.secret === undefined) return { ok: false, reason: "unknown_installation" }
  if (!timestampIsFresh(input.timestamp, input.nowMs)) return { ok: false, reason: "stale_timestamp" }
  if (!matches) return { ok: false, reason: "bad_signature" }
  return { ok: true }
}
