import { randomBytes } from "node:crypto"

/**
 * Hands a secret (a link token) from the workflow step that creates it to the step
 * that sends it, without the secret entering the workflow's checkpoints: a step's
 * output is kept by the workflow engine (in memory, in Redis in production, in the
 * database for a stored execution), so the creating step returns only a random
 * one-time reference, and the next step of the same run, in the same process,
 * takes the secret by it. A reference is dead once taken, and after ten minutes.
 */
const TTL_MS = 10 * 60 * 1000

type Entry = { value: unknown; expiresAt: number }

// On globalThis: every copy of this file a loader evaluates shares one map.
const KEY = Symbol.for("@mymonitor/common/step-secrets")
type WithSecrets = typeof globalThis & { [KEY]?: Map<string, Entry> }

function entries(): Map<string, Entry> {
  const global = globalThis as WithSecrets
  return (global[KEY] ??= new Map())
}

/** Keeps `value` for the next step; the answer is the reference to pass on. */
export function keepForNextStep<T>(value: T, now = Date.now()): string {
  const map = entries()
  for (const [ref, entry] of map) if (entry.expiresAt <= now) map.delete(ref)
  const ref = `sec_${randomBytes(16).toString("base64url")}`
  map.set(ref, { value, expiresAt: now + TTL_MS })
  return ref
}

/** The value kept under a reference, once; undefined when it was taken, has expired or is unknown. */
export function takeFromPreviousStep<T>(ref: string | null | undefined, now = Date.now()): T | undefined {
  if (!ref) return undefined
  const map = entries()
  const entry = map.get(ref)
  map.delete(ref)
  return entry && entry.expiresAt > now ? (entry.value as T) : undefined
}

/** Drops a kept value that no step will take (the creating step was compensated). */
export function discardKept(ref: string | null | undefined): void {
  if (ref) entries().delete(ref)
}
