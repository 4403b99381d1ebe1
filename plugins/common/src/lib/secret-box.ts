import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"

/**
 * Secrets we must use again (ERP HMAC secrets, TOTP seeds) cannot be hashed, so
 * they are sealed with AES-256-GCM under a key from the environment. Each sealed
 * value names its key id, so a key can be rotated: put the new key in the
 * variable, keep the old one in `<VARIABLE>_RETIRED` (comma separated) until
 * every value has been resealed.
 */
export type SealedSecret = { ciphertext: string; key_id: string }

type Key = { id: string; bytes: Buffer }

function keyFrom(material: string): Key {
  const bytes = createHash("sha256").update(material, "utf8").digest()
  return { id: createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes }
}

/** The key material itself, as a provider gets it from its options: the current key and retired ones still opening old values. */
export type KeyRing = { current: string; retired?: readonly string[] }

/** The retired keys of `<VARIABLE>_RETIRED` (comma separated). */
export function retiredKeysOf(variable: string, env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[`${variable}_RETIRED`] ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean)
}

/**
 * The keys of a ring, or of an environment variable (the ERP secrets and the scripts;
 * outside production the dev orchestrator passes a generated key, and a bare run
 * gets the same loudly fake value the backend's configuration falls back to).
 */
function keysOf(source: string | KeyRing): { current: Key; all: Key[] } {
  const ring: KeyRing =
    typeof source === "string"
      ? { current: process.env[source] || `dev-only-${source.toLowerCase()}`, retired: retiredKeysOf(source) }
      : source
  if (!ring.current) throw new Error("No encryption key configured")
  const current = keyFrom(ring.current)
  return { current, all: [current, ...(ring.retired ?? []).map(keyFrom)] }
}

export function sealSecret(plain: string, keys: string | KeyRing = "ERP_ENCRYPTION_KEY"): SealedSecret {
  const { current } = keysOf(keys)
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", current.bytes, iv)
  const encrypted = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  const tag = cipher.getAuthTag()
  return { ciphertext: Buffer.concat([iv, tag, encrypted]).toString("base64"), key_id: current.id }
}

export function openSecret(sealed: SealedSecret, keys: string | KeyRing = "ERP_ENCRYPTION_KEY"): string {
  const key = keysOf(keys).all.find((candidate) => candidate.id === sealed.key_id)
  if (!key) throw new Error(`No encryption key with id ${sealed.key_id} is configured${typeof keys === "string" ? ` in ${keys}` : ""}`)
  const raw = Buffer.from(sealed.ciphertext, "base64")
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")
}
