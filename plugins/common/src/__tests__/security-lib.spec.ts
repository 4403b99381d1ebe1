import { openSecret, sealSecret } from "../lib/secret-box"
import { hashSecretToken, newNumericCode, newSecretToken, safeEqual } from "../lib/secret-tokens"
import { consumeRateLimit, resetRateLimit } from "../lib/rate-limits"
import { invalidData, rateLimited } from "../lib/portal-errors"

describe("secret tokens", () => {
  it("are 256 random bits and stored only as their SHA-256 hash", () => {
    const { token, hash } = newSecretToken()
    expect(Buffer.from(token, "base64url")).toHaveLength(32)
    expect(hash).toBe(hashSecretToken(token))
    expect(hash).not.toContain(token)
    expect(newSecretToken().token).not.toBe(token)
  })

  it("numeric codes have the asked number of digits", () => {
    for (let i = 0; i < 50; i++) expect(newNumericCode(6)).toMatch(/^\d{6}$/)
  })

  it("compare in constant time and unequal on different lengths", () => {
    expect(safeEqual("abc", "abc")).toBe(true)
    expect(safeEqual("abc", "abd")).toBe(false)
    expect(safeEqual("abc", "abcd")).toBe(false)
  })
})

describe("secret box", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it("seals with the current key and opens with it", () => {
    process.env.TEST_BOX_KEY = "first-key-of-the-test-with-enough-length"
    const sealed = sealSecret("hmac-secret", "TEST_BOX_KEY")
    expect(sealed.ciphertext).not.toContain("hmac-secret")
    expect(openSecret(sealed, "TEST_BOX_KEY")).toBe("hmac-secret")
  })

  it("opens values of a retired key after rotation, and refuses an unknown key", () => {
    process.env.TEST_BOX_KEY = "first-key-of-the-test-with-enough-length"
    const sealed = sealSecret("hmac-secret", "TEST_BOX_KEY")
    process.env.TEST_BOX_KEY = "second-key-of-the-test-with-enough-length"
    expect(() => openSecret(sealed, "TEST_BOX_KEY")).toThrow(/No encryption key/)
    process.env.TEST_BOX_KEY_RETIRED = "first-key-of-the-test-with-enough-length"
    expect(openSecret(sealed, "TEST_BOX_KEY")).toBe("hmac-secret")
    expect(sealSecret("x", "TEST_BOX_KEY").key_id).not.toBe(sealed.key_id)
  })

  it("refuses a tampered ciphertext", () => {
    const sealed = sealSecret("hmac-secret", "TEST_BOX_KEY")
    const raw = Buffer.from(sealed.ciphertext, "base64")
    raw[raw.length - 1] ^= 1
    expect(() => openSecret({ ...sealed, ciphertext: raw.toString("base64") }, "TEST_BOX_KEY")).toThrow()
  })
})

describe("rate limits", () => {
  it("allow the configured points per window, then tell how long to wait", async () => {
    process.env.RATE_LIMIT_LOGIN = "3/60"
    const key = `anna-${Date.now()}@example.se`
    for (let i = 0; i < 3; i++) expect((await consumeRateLimit("login", key)).allowed).toBe(true)
    const refused = await consumeRateLimit("login", key)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    await resetRateLimit("login", key)
    expect((await consumeRateLimit("login", key)).allowed).toBe(true)
  })
})

describe("portal errors", () => {
  it("share one shape with Swedish and English messages", () => {
    const emailMessage = { sv: "Ogiltig e-postadress.", en: "Invalid e-mail address." }
    expect(invalidData({ email: [emailMessage] }).toJSON()).toEqual({
      code: "invalid_data",
      message: { sv: "Ogiltiga uppgifter.", en: "Invalid data." },
      fields: { email: [emailMessage] },
    })
    const tooMany = rateLimited(12.2)
    expect(tooMany.status).toBe(429)
    expect(tooMany.headers["Retry-After"]).toBe("13")
  })
})
