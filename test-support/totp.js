// An authenticator app: RFC 6238 with the apps' defaults (SHA-1, 6 digits, 30 s), from the base32
// key a setup step shows. No dependency: node:crypto and RFC 4648 base32. (Plain CommonJS with
// types beside it, totp.d.ts, so jest, Playwright and tsc in every workspace read it as it is.)
const { createHmac } = require("node:crypto")

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
const TOTP_PERIOD_SECONDS = 30

function base32Decode(text) {
  const clean = text.toUpperCase().replace(/[\s=]/g, "")
  const bytes = []
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

function totpStep(nowMs = Date.now()) {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS)
}

function totpAt(secret, step) {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const digest = createHmac("sha1", base32Decode(secret)).update(counter).digest()
  const offset = digest[digest.length - 1] & 0x0f
  const binary = digest.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 1_000_000).padStart(6, "0")
}

async function totpAfter(secret, lastUsedStep) {
  let step = totpStep()
  if (lastUsedStep !== null && lastUsedStep !== undefined && step <= lastUsedStep) {
    await new Promise((resolve) => setTimeout(resolve, (lastUsedStep + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 200))
    step = totpStep()
  }
  return { code: totpAt(secret, step), step }
}

const usedSteps = new Map()

async function freshTotp(secret) {
  const { code, step } = await totpAfter(secret, usedSteps.get(secret) ?? null)
  usedSteps.set(secret, step)
  return code
}

module.exports = { TOTP_PERIOD_SECONDS, totpStep, totpAt, totpAfter, freshTotp }
