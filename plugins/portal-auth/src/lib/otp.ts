import { generateSecret, type Base32Plugin } from "@otplib/core"
import { generate as generateHotp } from "@otplib/hotp"
import { NodeCryptoPlugin } from "@otplib/plugin-crypto-node"
import { generate as generateTotp, verify as verifyTotpCode } from "@otplib/totp"
import { generateTOTP as totpUriOf } from "@otplib/uri"

/**
 * otplib's building blocks with Node's crypto and a small RFC 4648 base32: the
 * `otplib` umbrella package pulls in ES-module-only helpers that neither the
 * CommonJS plugin build nor jest can load.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

export const base32: Base32Plugin = {
  name: "rfc4648",
  encode(data: Uint8Array) {
    let bits = 0
    let value = 0
    let output = ""
    for (const byte of data) {
      value = (value << 8) | byte
      bits += 8
      while (bits >= 5) {
        output += ALPHABET[(value >>> (bits - 5)) & 31]
        bits -= 5
      }
    }
    if (bits > 0) output += ALPHABET[(value << (5 - bits)) & 31]
    return output
  },
  decode(text: string) {
    const clean = text.toUpperCase().replace(/=+$/, "").replace(/\s+/g, "")
    const bytes: number[] = []
    let bits = 0
    let value = 0
    for (const char of clean) {
      const index = ALPHABET.indexOf(char)
      if (index < 0) throw new Error("Invalid base32 character")
      value = (value << 5) | index
      bits += 5
      if (bits >= 8) {
        bytes.push((value >>> (bits - 8)) & 255)
        bits -= 8
      }
    }
    return new Uint8Array(bytes)
  },
} as Base32Plugin

const crypto = new NodeCryptoPlugin()
export const TOTP_PERIOD_SECONDS = 30

/** A new base32 secret of 160 random bits, as authenticator apps expect. */
export function newOtpSecret(): string {
  return generateSecret({ crypto, base32, length: 20 })
}

export function totpCode(secret: string, epochSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  return generateTotp({ secret, crypto, base32, epoch: epochSeconds, period: TOTP_PERIOD_SECONDS })
}

/** Checks a code within ±toleranceSeconds; `afterTimeStep` refuses that step and every earlier one (replay). */
export async function verifyTotp(input: { secret: string; code: string; toleranceSeconds: number; afterTimeStep?: number | null }) {
  const result = await verifyTotpCode({
    secret: input.secret,
    token: input.code,
    crypto,
    base32,
    period: TOTP_PERIOD_SECONDS,
    epoch: Math.floor(Date.now() / 1000),
    epochTolerance: input.toleranceSeconds,
    ...(input.afterTimeStep !== null && input.afterTimeStep !== undefined ? { afterTimeStep: input.afterTimeStep } : {}),
  })
  return result.valid ? { valid: true as const, timeStep: result.timeStep as number } : { valid: false as const }
}

export function hotpCode(secret: string, counter: number): Promise<string> {
  return generateHotp({ secret, counter, crypto, base32 })
}

export function totpUri(input: { issuer: string; label: string; secret: string }): string {
  return totpUriOf({ ...input, period: TOTP_PERIOD_SECONDS, digits: 6, algorithm: "sha1" })
}
