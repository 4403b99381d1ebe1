import { createHmac } from "node:crypto"
import { checkErpSignature, CLOCK_WINDOW_SECONDS, signatureMatches, signErpRequest, timestampIsFresh } from "../lib/erp-signature"

const SECRET = "test-secret-0123456789"
const BODY = Buffer.from('{"requestId":"5b0f3c1e-8f0e-4a51-9d55-3f1d2a7c9b10","email":"anna@kund.se"}', "utf8")
const NOW_MS = 1_790_000_000_000
const TS = String(NOW_MS / 1000)

describe("ERP request signature (v1 = HMAC-SHA256 over '<timestamp>.<raw body>')", () => {
  it("is lowercase hex HMAC-SHA256 of the timestamp, a dot and the raw body", () => {
    const expected = createHmac("sha256", SECRET)
      .update(`${TS}.${BODY.toString("utf8")}`)
      .digest("hex")
    expect(signErpRequest(SECRET, TS, BODY)).toBe(`v1=${expected}`)
    expect(signErpRequest(SECRET, Number(TS), BODY.toString("utf8"))).toBe(`v1=${expected}`)
    expect(signErpRequest(SECRET, TS, BODY)).toMatch(/^v1=[0-9a-f]{64}$/)
  })

  it("is computed over the bytes as received: re-serialised JSON does not match", () => {
    const signature = signErpRequest(SECRET, TS, BODY)
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(BODY.toString("utf8")), null, 2))
    expect(signatureMatches(SECRET, TS, BODY, signature)).toBe(true)
    expect(signatureMatches(SECRET, TS, reformatted, signature)).toBe(false)
  })

  it("refuses another secret, another timestamp, uppercase hex, another scheme and garbage", () => {
    const signature = signErpRequest(SECRET, TS, BODY)
    expect(signatureMatches("other-secret", TS, BODY, signature)).toBe(false)
    expect(signatureMatches(SECRET, String(Number(TS) + 1), BODY, signature)).toBe(false)
    expect(signatureMatches(SECRET, TS, BODY, signature.toUpperCase())).toBe(false)
    expect(signatureMatches(SECRET, TS, BODY, signature.replace("v1=", "v2="))).toBe(false)
    expect(signatureMatches(SECRET, TS, BODY, signature.slice(0, -1))).toBe(false)
    expect(signatureMatches(SECRET, TS, BODY, "")).toBe(false)
    expect(signatureMatches(SECRET, TS, BODY, undefined)).toBe(false)
  })

  it("accepts the clock window of ±300 s and nothing beyond", () => {
    expect(CLOCK_WINDOW_SECONDS).toBe(300)
    const at = (offset: number) => String(NOW_MS / 1000 + offset)
    expect(timestampIsFresh(at(0), NOW_MS)).toBe(true)
    expect(timestampIsFresh(at(300), NOW_MS)).toBe(true)
    expect(timestampIsFresh(at(-300), NOW_MS)).toBe(true)
    expect(timestampIsFresh(at(301), NOW_MS)).toBe(false)
    expect(timestampIsFresh(at(-301), NOW_MS)).toBe(false)
    for (const bad of [undefined, "", "abc", "1.5", "-1", `${TS}000`, " 1790000000"]) {
      expect(timestampIsFresh(bad, NOW_MS)).toBe(false)
    }
  })

  describe("the 401 decision", () => {
    const good = {
      installationId: "inst_1",
      timestamp: TS,
      signature: signErpRequest(SECRET, TS, BODY),
      rawBody: BODY,
      secret: SECRET,
      nowMs: NOW_MS,
    }

    it("passes a fresh, correctly signed request of a known installation", () => {
      expect(checkErpSignature(good)).toEqual({ ok: true })
    })

    it("names why it refuses", () => {
      expect(checkErpSignature({ ...good, signature: undefined })).toEqual({ ok: false, reason: "missing_headers" })
      expect(checkErpSignature({ ...good, installationId: undefined })).toEqual({ ok: false, reason: "missing_headers" })
      expect(checkErpSignature({ ...good, timestamp: undefined })).toEqual({ ok: false, reason: "missing_headers" })
      expect(checkErpSignature({ ...good, secret: undefined })).toEqual({ ok: false, reason: "unknown_installation" })
      expect(checkErpSignature({ ...good, nowMs: NOW_MS + 301_000 })).toEqual({ ok: false, reason: "stale_timestamp" })
      expect(checkErpSignature({ ...good, rawBody: Buffer.from("{}") })).toEqual({ ok: false, reason: "bad_signature" })
    })

    it("an old, correctly signed request is refused even though its signature matches", () => {
      const old = String(NOW_MS / 1000 - 3600)
      expect(checkErpSignature({ ...good, timestamp: old, signature: signErpRequest(SECRET, old, BODY) })).toEqual({
        ok: false,
        reason: "stale_timestamp",
      })
    })
  })
})
