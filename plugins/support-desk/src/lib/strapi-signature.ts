import { createHmac, timingSafeEqual } from "node:crypto"

export const SIGNATURE_HEADER = "x-strapi-signature"
/** How far Strapi's clock (the signed `t`) may be from ours: ±5 minutes. */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>` — what Strapi's outbox sends. */
export function signStrapiPayload(secret: string, rawBody: string | Buffer, t = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${t}.`).update(rawBody).digest("hex")
  return `t=${t},v1=${v1}`
}

/**
 * Whether the header signs exactly these bytes with the secret, within the clock tolerance.
 * Several v1 values (a secret being rotated) may be given; one must match.
 */
export function verifyStrapiSignature(
  header: string | undefined,
  rawBody: Buffer | undefined,
  secret: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000)
): boolean {
  if (!header || !rawBody || !secret) return false
  let t: number | undefined
  const signatures: string[] = []
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2)
    if (key === "t" && /^\d{1,12}$/.test(value ?? "")) t = Number(value)
    if (key === "v1" && /^[0-9a-f]{64}$/i.test(value ?? "")) signatures.push(value.toLowerCase())
  }
  if (t === undefined || !signatures.length || Math.abs(nowSeconds - t) > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = createHmac("sha256", secret).update(`${t}.`).update(rawBody).digest()
  return signatures.some((signature) => timingSafeEqual(Buffer.from(signature, "hex"), expected))
}
