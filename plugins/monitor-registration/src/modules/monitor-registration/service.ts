import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { openSecret, sealSecret } from "@mymonitor/common/lib/secret-box"
import { hashSecretToken, newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { AdminRegistration, CompanyErpProfile, ErpInstallation } from "./models"

/** The link interface shared with company-tenancy's invitations (docs/dev/identity-design.md). */
export type LinkStatus = "valid" | "expired" | "used" | "revoked"
export type LinkGrant = { company_id: string; role: "admin" | "user" | "support" }
export type LinkDescription = { email: string; grants: LinkGrant[]; status: LinkStatus }

export type ErpUser = { id: string; name: string; roles: string[] }

/** What vendor staff see of an installation: never the secret. */
export type ErpInstallationView = {
  id: string
  company_id: string
  label: string | null
  status: "active" | "disabled"
  secret_key_id: string
  created_at: Date
  rotated_at: Date | null
  disabled_at: Date | null
}

const DEFAULT_TTL_HOURS = 72

export function registrationTtlHours(): number {
  const hours = Number(process.env.ADMIN_REGISTRATION_TTL_HOURS)
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_TTL_HOURS
}

/** A new shared secret for an ERP installation: 256 random bits, URL-safe. */
export function newInstallationSecret(): string {
  return newSecretToken().token
}

type ErpInstallationRow = InferTypeOf<typeof ErpInstallation>
/** The installation fields the view shows (a row of the module, or a row read by SQL). */
type InstallationFields = Pick<ErpInstallationRow, "id" | "company_id" | "status" | "secret_key_id" | "created_at"> &
  Partial<Pick<ErpInstallationRow, "label" | "rotated_at" | "disabled_at">>

/** What statusOf reads of a registration and of its installation (both from the module or from SQL). */
type RegistrationState = { used_at?: Date | string | null; expires_at: Date | string }
type InstallationState = { status: string; deleted_at?: Date | string | null }

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => context.transactionManager as unknown as SqlManager

export function toInstallationView(installation: InstallationFields): ErpInstallationView {
  return {
    id: installation.id,
    company_id: installation.company_id,
    label: installation.label ?? null,
    status: installation.status,
    secret_key_id: installation.secret_key_id,
    created_at: installation.created_at,
    rotated_at: installation.rotated_at ?? null,
    disabled_at: installation.disabled_at ?? null,
  }
}

function statusOf(registration: RegistrationState, installation: InstallationState | null | undefined, now = new Date()): LinkStatus {
  if (registration.used_at) return "used"
  if (!installation || installation.status !== "active" || installation.deleted_at) return "revoked"
  if (new Date(registration.expires_at).getTime() <= now.getTime()) return "expired"
  return "valid"
}

function describe(registration: { email: string }, installation: { company_id: string }, status: LinkStatus): LinkDescription {
  return { email: registration.email, grants: [{ company_id: installation.company_id, role: "admin" }], status }
}

export type CompanyErpFacts = { erp_version: string | null; erp_version_reported_at: Date | null; portal_activated_at: Date | null }

const NO_ERP_FACTS: CompanyErpFacts = { erp_version: null, erp_version_reported_at: null, portal_activated_at: null }

class MonitorRegistrationModuleService extends MedusaService({ ErpInstallation, AdminRegistration, CompanyErpProfile }) {
  // ---- a company's ERP facts ------------------------------------------------

  /** The ERP facts of companies, by company id (a company the ERP never reported on has none). */
  async erpFactsOf(companyIds: string[]): Promise<Map<string, CompanyErpFacts>> {
    const profiles = companyIds.length ? await this.listCompanyErpProfiles({ company_id: companyIds }) : []
    const facts = new Map(companyIds.map((id) => [id, { ...NO_ERP_FACTS }]))
    for (const profile of profiles) {
      facts.set(profile.company_id, {
        erp_version: profile.erp_version,
        erp_version_reported_at: profile.erp_version_reported_at,
        portal_activated_at: profile.portal_activated_at,
      })
    }
    return facts
  }

  /** The version the company's ERP installation reported with a signed request; answers what was known before. */
  @InjectTransactionManager()
  async recordErpVersion(
    companyId: string,
    erpVersion: string | null,
    reportedAt: Date | null = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ erp_version: string | null; erp_version_reported_at: Date | null }> {
    // One statement (every signed ERP call runs it): the row is created or updated, and the values it held before
    // are read from the same snapshot for the caller's compensation.
    const [previous] = await sqlOf(sharedContext).execute<{ erp_version: string | null; erp_version_reported_at: Date | null }>(
      `with previous as (
         select "erp_version", "erp_version_reported_at" from "company_erp_profile"
         where "company_id" = ? and "deleted_at" is null for update
       )
       insert into "company_erp_profile" ("id", "company_id", "erp_version", "erp_version_reported_at")
       values ('erpp_' || upper(replace(gen_random_uuid()::text, '-', '')), ?, ?, ?)
       on conflict ("company_id") where "deleted_at" is null
       do update set "erp_version" = excluded."erp_version", "erp_version_reported_at" = excluded."erp_version_reported_at", "updated_at" = now()
       returning (select "erp_version" from previous) as "erp_version", (select "erp_version_reported_at" from previous) as "erp_version_reported_at"`,
      [companyId, companyId, erpVersion, reportedAt]
    )
    return { erp_version: previous?.erp_version ?? null, erp_version_reported_at: previous?.erp_version_reported_at ?? null }
  }

  /** The company's portal is active from its first administrator registered from the ERP; later ones change nothing. */
  @InjectTransactionManager()
  async recordPortalActivation(companyId: string, at: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const [profile] = await this.listCompanyErpProfiles({ company_id: companyId }, { take: 1 }, sharedContext)
    if (!profile) await this.createCompanyErpProfiles({ company_id: companyId, portal_activated_at: at }, sharedContext)
    else if (!profile.portal_activated_at) await this.updateCompanyErpProfiles({ id: profile.id, portal_activated_at: at }, sharedContext)
  }

  // ---- installations (vendor staff) ----------------------------------------

  /** Creates an installation for a company; the plain secret is returned once and only sealed at rest. */
  async createInstallation(input: { company_id: string; label?: string | null; id?: string; secret?: string }) {
    const secret = input.secret ?? newInstallationSecret()
    const sealed = sealSecret(secret)
    const installation = await this.createErpInstallations({
      ...(input.id ? { id: input.id } : {}),
      company_id: input.company_id,
      label: input.label ?? null,
      secret_ciphertext: sealed.ciphertext,
      secret_key_id: sealed.key_id,
      status: "active",
    })
    return { installation: toInstallationView(installation), secret }
  }

  /** A new secret replaces the old one at once; the old one stops working with this call. */
  async rotateInstallationSecret(id: string) {
    const secret = newInstallationSecret()
    const sealed = sealSecret(secret)
    const installation = await this.updateErpInstallations({
      id,
      secret_ciphertext: sealed.ciphertext,
      secret_key_id: sealed.key_id,
      rotated_at: new Date(),
    })
    return { installation: toInstallationView(installation), secret }
  }

  async disableInstallation(id: string) {
    const current = await this.retrieveErpInstallation(id)
    if (current.status === "disabled") return toInstallationView(current)
    const installation = await this.updateErpInstallations({ id, status: "disabled", disabled_at: new Date() })
    return toInstallationView(installation)
  }

  /** The active installation and its plain secret, or undefined (unknown, disabled or deleted). */
  async findActiveInstallationWithSecret(id: string): Promise<{ installation: ErpInstallationView; secret: string } | undefined> {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return undefined
    const [installation] = await this.listErpInstallations({ id, status: "active" }, { take: 1 })
    if (!installation) return undefined
    const secret = openSecret({ ciphertext: installation.secret_ciphertext, key_id: installation.secret_key_id })
    return { installation: toInstallationView(installation), secret }
  }

  // ---- registrations (the ERP) ------------------------------------------------

  /**
   * Stores a registration request with a fresh link token (only its hash) and
   * returns the plain token for the e-mail. A concurrent replay of the same
   * request id trips the unique index: that becomes a CONFLICT error.
   */
  async createRegistration(input: {
    installation_id: string
    request_id: string
    email: string
    erp_user: ErpUser
    erp_version: string
    now?: Date
  }) {
    const { token, hash } = newSecretToken()
    const now = input.now ?? new Date()
    try {
      const registration = await this.createAdminRegistrations({
        installation_id: input.installation_id,
        request_id: input.request_id,
        email: input.email.toLowerCase(),
        erp_user: input.erp_user,
        erp_version: input.erp_version,
        token_hash: hash,
        expires_at: new Date(now.getTime() + registrationTtlHours() * 3600_000),
      })
      return { registration, token }
    } catch (error) {
      if (/duplicate|unique|already exists/i.test(String((error as Error | undefined)?.message))) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `Request ${input.request_id} was already received`)
      }
      throw error
    }
  }

  async requestAlreadyReceived(installationId: string, requestId: string): Promise<boolean> {
    const [existing] = await this.listAdminRegistrations(
      { installation_id: installationId, request_id: requestId },
      { take: 1, select: ["id"] }
    )
    return Boolean(existing)
  }

  // ---- the link interface (identity-design.md) ----------------------------------

  private async findByToken(token: string) {
    if (typeof token !== "string" || !token || token.length > 200) return undefined
    const [registration] = await this.listAdminRegistrations(
      { token_hash: hashSecretToken(token) },
      { take: 1, relations: ["installation"], withDeleted: false }
    )
    return registration
  }

  /** `{ email, grants: [{ company_id, role: "admin" }], status }` or null when unknown. */
  async describeLink(token: string): Promise<LinkDescription | null> {
    const registration = await this.findByToken(token)
    if (!registration) return null
    const installation = registration.installation
    return describe(registration, installation, statusOf(registration, installation))
  }

  /**
   * Marks the link used when it is valid and returns its description, as
   * company-tenancy's invitations do: status "valid" means this call consumed it;
   * any other status means nothing changed (already used, expired, revoked);
   * null when unknown. One conditional UPDATE inside the transaction: of two
   * concurrent calls exactly one gets "valid", the other "used".
   */
  @InjectTransactionManager()
  async consumeLink(token: string, @MedusaContext() sharedContext: Context = {}): Promise<LinkDescription | null> {
    if (typeof token !== "string" || !token || token.length > 200) return null
    const sql = sqlOf(sharedContext)
    const hash = hashSecretToken(token)
    const rows = await sql.execute<{ email: string; company_id: string }>(
      `UPDATE "admin_registration" AS r SET "used_at" = now(), "updated_at" = now()
         FROM "erp_installation" AS i
        WHERE r."token_hash" = ? AND r."used_at" IS NULL AND r."expires_at" > now() AND r."deleted_at" IS NULL
          AND i."id" = r."installation_id" AND i."status" = 'active' AND i."deleted_at" IS NULL
        RETURNING r."email", i."company_id"`,
      [hash]
    )
    if (rows.length) {
      // The company's portal is active from its first administrator registered from the ERP.
      await this.recordPortalActivation(rows[0].company_id, new Date(), sharedContext)
      return describe(rows[0], { company_id: rows[0].company_id }, "valid")
    }
    const [registration] = await sql.execute<RegistrationState & InstallationState & { email: string; company_id: string }>(
      `SELECT r."email", r."used_at", r."expires_at", i."company_id", i."status", i."deleted_at"
         FROM "admin_registration" AS r JOIN "erp_installation" AS i ON i."id" = r."installation_id"
        WHERE r."token_hash" = ? AND r."deleted_at" IS NULL`,
      [hash]
    )
    if (!registration) return null
    const status = statusOf(registration, registration)
    // Not consumed by this call: if it looks valid, another call took it a moment ago.
    return describe(registration, registration, status === "valid" ? "used" : status)
  }

  /** Compensation of consumeLink: the link may be used again. */
  @InjectTransactionManager()
  async restoreLink(token: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await sqlOf(sharedContext).execute(
      `UPDATE "admin_registration" SET "used_at" = NULL, "updated_at" = now() WHERE "token_hash" = ? AND "deleted_at" IS NULL`,
      [hashSecretToken(token)]
    )
  }
}

export default MonitorRegistrationModuleService
