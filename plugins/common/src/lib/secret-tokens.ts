import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto"

/**
 * Tokens that grant something (registration, invitation, e-mail codes) are
 * random, shown once and stored only as a SHA-256 hash: a database leak does
 * not hand out working links.
 */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/** 256 random bits, URL-safe. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashSecretToken(token) }
}

/** A short numeric code for a person to type (e-mail codes); hash it like a token. */
export function newNumericCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, "0")
}

/** Constant-time comparison of two strings (different lengths compare unequal). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8")
  const right = Buffer.from(b, "utf8")
  if (left.length !== right.length) {
    timingSafeEqual(left, left)
    return false
  }
  return timingSafeEqual(left, right)
}
