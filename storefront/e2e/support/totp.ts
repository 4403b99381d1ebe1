import { createHmac } from "node:crypto"

// RFC 6238 with the authenticator apps' defaults (SHA-1, 6 digits, 30 s) — what a phone computes
// from the key the setup step shows. No dependency: node:crypto and RFC 4648 base32.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, "")
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const char of clean) {
    const index = ALPHABET.indexOf(char)
    if (index < 0) throw new Error(`not base32: ${char}`)
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

export function totpStep(nowMs = Date.now()): number {
  return Math.floor(nowMs / 1000 / 30)
}

export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const digest = createHmac("sha1", base32Decode(secret)).update(counter).digest()
  const offset = digest[digest.length - 1] & 0x0f
  const binary = digest.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 1_000_000).padStart(6, "0")
}

const usedSteps = new Map<string, number>()

/**
 * The current code for a key, never one whose time step this test already used (the backend
 * refuses a replayed step): waits for the next step when needed.
 */
export async function freshTotp(secret: string): Promise<string> {
  let step = totpStep()
  const last = usedSteps.get(secret) ?? -1
  if (step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * 30_000 - Date.now() + 200))
    step = totpStep()
  }
  usedSteps.set(secret, step)
  return totpAt(secret, step)
}
