/**
 * Conditional updates of core MFA factor rows. Each one-time secret is spent by
 * one UPDATE whose WHERE clause is the check, so of any number of parallel uses
 * exactly one finds the row still unspent; a read-check-write could let several
 * through. Runs in the caller's transaction when there is one.
 */
export type SqlManager = { execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }
export type Repository = { getActiveManager(context?: unknown): unknown }

export function sqlOf(baseRepository: Repository, context?: unknown): SqlManager {
  return baseRepository.getActiveManager((context ?? {}) as object) as SqlManager
}

/** Spends a TOTP time step: succeeds only when no later-or-equal step was spent before. */
export async function spendTimeStep(sql: SqlManager, factorId: string, timeStep: number): Promise<boolean> {
  const rows = await sql.execute(
    `update "auth_mfa_factor"
        set "provider_metadata" = jsonb_set(coalesce("provider_metadata", '{}'::jsonb), '{last_time_step}', to_jsonb(?::bigint)), "updated_at" = now()
      where "id" = ? and "deleted_at" is null and "status" <> 'disabled'
        and coalesce(("provider_metadata"->>'last_time_step')::bigint, -1) < ?
      returning "id"`,
    [timeStep, factorId, timeStep]
  )
  return rows.length === 1
}

/**
 * Counts one try at the factor's current SMS code, only while tries are left and
 * the code is unused; returns the metadata as it is after the count, or null
 * when no try is left (used, too many tries, no code).
 */
/** What an SMS factor keeps about its current code. */
export type SmsCodeState = { code_hash: string; code_sent_at: string; attempts: number; used?: boolean }

export async function reserveSmsAttempt(sql: SqlManager, factorId: string, maxAttempts: number): Promise<SmsCodeState | null> {
  const rows = await sql.execute(
    `update "auth_mfa_factor"
        set "provider_metadata" = jsonb_set("provider_metadata", '{attempts}', to_jsonb(coalesce(("provider_metadata"->>'attempts')::int, 0) + 1)), "updated_at" = now()
      where "id" = ? and "deleted_at" is null and "status" <> 'disabled'
        and "provider_metadata"->>'code_hash' is not null
        and coalesce(("provider_metadata"->>'used')::boolean, false) = false
        and coalesce(("provider_metadata"->>'attempts')::int, 0) < ?
      returning "provider_metadata"`,
    [factorId, maxAttempts]
  )
  if (!rows.length) return null
  const metadata = rows[0].provider_metadata
  return (typeof metadata === "string" ? JSON.parse(metadata) : metadata) as SmsCodeState
}

/** Marks the SMS code with this hash used; true only for the one call that did. */
export async function spendSmsCode(sql: SqlManager, factorId: string, codeHash: string): Promise<boolean> {
  const rows = await sql.execute(
    `update "auth_mfa_factor"
        set "provider_metadata" = jsonb_set("provider_metadata", '{used}', 'true'::jsonb), "updated_at" = now()
      where "id" = ? and "deleted_at" is null and "provider_metadata"->>'code_hash' = ?
        and coalesce(("provider_metadata"->>'used')::boolean, false) = false
      returning "id"`,
    [factorId, codeHash]
  )
  return rows.length === 1
}

/** Deletes one recovery code; true only for the one call that deleted it. */
export async function spendRecoveryCode(sql: SqlManager, codeId: string): Promise<boolean> {
  const rows = await sql.execute(`delete from "auth_mfa_recovery_code" where "id" = ? returning "id"`, [codeId])
  return rows.length === 1
}
