import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { rateLimited } from "./portal-errors"

/**
 * Every limit of the portal in one table: how many attempts (points) per window
 * (seconds). `RATE_LIMIT_<NAME>=points/seconds` overrides one (tests and busy
 * installations). With REDIS_URL the counters live in Redis, so several backend
 * processes share them; otherwise in this process's memory.
 */
export const RATE_LIMITS = {
  login: { points: 10, seconds: 15 * 60 }, // per address and account: one address cannot lock the owner out
  login_account: { points: 100, seconds: 60 * 60 }, // per account from every address together
  login_ip: { points: 50, seconds: 15 * 60 },
  mfa: { points: 10, seconds: 15 * 60 }, // per account
  mfa_ip: { points: 50, seconds: 15 * 60 },
  sms_send: { points: 3, seconds: 10 * 60 }, // per account
  email_code: { points: 5, seconds: 60 * 60 }, // per account
  password_reset: { points: 3, seconds: 60 * 60 }, // per account
  password_reset_ip: { points: 20, seconds: 60 * 60 },
  registration: { points: 5, seconds: 60 * 60 }, // per link
  registration_ip: { points: 20, seconds: 60 * 60 },
  invitation: { points: 50, seconds: 60 * 60 }, // per inviting admin
  erp_installation: { points: 30, seconds: 60 * 60 },
  erp_email: { points: 5, seconds: 60 * 60 },
} as const

export type RateLimitName = keyof typeof RATE_LIMITS

let redis: Redis | undefined
const limiters = new Map<string, RateLimiterAbstract>()

function limitOf(name: RateLimitName) {
  const override = process.env[`RATE_LIMIT_${name.toUpperCase()}`]
  const match = override?.match(/^(\d+)\/(\d+)$/)
  return match ? { points: Number(match[1]), seconds: Number(match[2]) } : RATE_LIMITS[name]
}

function limiterFor(name: RateLimitName): RateLimiterAbstract {
  const { points, seconds } = limitOf(name)
  const cacheKey = `${name}:${points}/${seconds}`
  let limiter = limiters.get(cacheKey)
  if (!limiter) {
    const options = { keyPrefix: `mymonitor:rl:${name}`, points, duration: seconds }
    if (process.env.REDIS_URL) {
      redis ??= new Redis(process.env.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 2 })
      limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
    } else {
      limiter = new RateLimiterMemory(options)
    }
    limiters.set(cacheKey, limiter)
  }
  return limiter
}

export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number }

/** Spends one attempt of `name` for `key` (an account, an address, an installation…). */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<RateLimitDecision> {
  try {
    await limiterFor(name).consume(key.toLowerCase())
    return { allowed: true, retryAfterSeconds: 0 }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) }
    }
    throw rejection
  }
}

/** Throws the 429 PortalError when the limit is spent. */
export async function enforceRateLimit(name: RateLimitName, key: string): Promise<void> {
  const decision = await consumeRateLimit(name, key)
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds)
}

/** Forgets the attempts of a key (a successful login clears its failures). */
export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiterFor(name).delete(key.toLowerCase())
}
