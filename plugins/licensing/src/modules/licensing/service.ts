import type { Context, DAL, InferEntityType } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { KeyObject } from "node:crypto"
import {
  jwksOf,
  type LicenseClaims,
  type LicenseJwks,
  type LicenseSigningKey,
  LICENSE_ISSUER,
  newLicenseKey,
  publicKeyOf,
  signingKeyOf,
  signLicense,
} from "../../lib/license-signing"
import { License, LicenseTerms, NON_LICENSE_CATEGORIES, type LicenseCategory, type LicenseKind, type LicenseTerm } from "./models"

export type LicenseDTO = InferEntityType<typeof License>
export type LicenseTermsDTO = InferEntityType<typeof LicenseTerms>

export const LICENSE_STATUSES = ["active", "expiring", "expired", "revoked"] as const
export type LicenseStatus = (typeof LICENSE_STATUSES)[number]

/** A license counts as expiring this long before its renewal date. */
export const EXPIRING_WITHIN_DAYS = 60
const DAY_MS = 24 * 60 * 60 * 1000

/** The plugin's options (medusa-config.ts): the key material, never read from the environment here. */
export type LicensingModuleOptions = {
  /** PKCS#8 PEM of the Ed25519 private key that signs new license files. */
  signing_key?: string
  /** SPKI PEMs of earlier signing keys: still in the JWKS so files they signed keep verifying. */
  retired_public_keys?: string[]
}

export type DeliverLicensesInput = {
  order_id: string
  order_number: string
  company_id: string
  customer_number: string
  organisation_number: string
  issued_at: Date
  lines: { line_item_id: string; variant_id: string; product_title: string; quantity: number }[]
}

export type LicenseTermsInput = {
  product_code: string
  category: LicenseCategory
  kind: LicenseKind
  seats: number
  term: LicenseTerm
  /** Defaults to false for training and services, true otherwise; true is refused for those two. */
  delivers_license?: boolean
}

export type LicenseListFilters = {
  company_id?: string | string[]
  order_id?: string
  status?: LicenseStatus
}

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

/** The renewal date of a yearly license: the same instant one year on (29 February → 1 March). */
export function validUntilOf(term: LicenseTerm, validFrom: Date): Date | null {
  if (term === "perpetual") return null
  const until = new Date(validFrom.getTime())
  until.setUTCFullYear(until.getUTCFullYear() + 1)
  return until
}

/** A license's status at `now`: revoked wins; then expired, expiring (renewal within 60 days), active. */
export function licenseStatus(
  license: { revoked_at?: Date | string | null; valid_until?: Date | string | null },
  now: Date = new Date()
): LicenseStatus {
  if (license.revoked_at) return "revoked"
  if (!license.valid_until) return "active"
  const until = new Date(license.valid_until).getTime()
  if (until <= now.getTime()) return "expired"
  if (until <= now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS) return "expiring"
  return "active"
}

/** The list filter of a status at `now` (the same rule as licenseStatus, as a query). */
export function statusFilter(status: LicenseStatus, now: Date): Record<string, unknown> {
  const soon = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS)
  switch (status) {
    case "revoked":
      return { revoked_at: { $ne: null } }
    case "expired":
      return { revoked_at: null, valid_until: { $ne: null, $lte: now } }
    case "expiring":
      return { revoked_at: null, valid_until: { $gt: now, $lte: soon } }
    case "active":
      return { revoked_at: null, $or: [{ valid_until: null }, { valid_until: { $gt: soon } }] }
  }
}

function notFound(what: string) {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)
}

class LicensingModuleService extends MedusaService({ License, LicenseTerms }) {
  private readonly signingKey_?: LicenseSigningKey
  private readonly retiredPublicKeys_: KeyObject[]

  constructor(dependencies: InjectedDependencies, options: LicensingModuleOptions = {}) {
    super(dependencies)
    // A wrong key stops the app at boot; a missing one is refused when something is signed.
    this.signingKey_ = options.signing_key ? signingKeyOf(options.signing_key) : undefined
    this.retiredPublicKeys_ = (options.retired_public_keys ?? []).map(publicKeyOf)
  }

  private signingKey(): LicenseSigningKey {
    if (!this.signingKey_) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "@mymonitor/licensing has no signing_key option: medusa-config.ts passes LICENSE_SIGNING_KEY"
      )
    }
    return this.signingKey_
  }

  /** The public keys for `/license-keys/jwks.json`: the current one and the retired ones. */
  jwks(): LicenseJwks {
    return jwksOf(this.signingKey(), this.retiredPublicKeys_)
  }

  /** The kid of the key that signs new license files. */
  currentKid(): string {
    return this.signingKey().kid
  }

  licenseStatus(license: Parameters<typeof licenseStatus>[0], now: Date = new Date()): LicenseStatus {
    return licenseStatus(license, now)
  }

  /**
   * Delivers the licenses of a placed order, exactly once per order line item: each line
   * whose variant has license terms that deliver a license gets one signed license
   * (`seats` = the terms' seats × the quantity), written with `ON CONFLICT (line_item_id)
   * DO NOTHING`, so a second or parallel call for the same order adds nothing. Lines
   * without terms, or whose terms deliver nothing (training, services), are skipped.
   * Returns every license of the order after the call.
   */
  @InjectManager()
  async deliverLicenses(input: DeliverLicensesInput, @MedusaContext() sharedContext: Context = {}): Promise<LicenseDTO[]> {
    if (!(input.issued_at instanceof Date) || Number.isNaN(input.issued_at.getTime())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "deliverLicenses: issued_at is not a valid date")
    }
    if (input.lines.some((line) => !Number.isInteger(line.quantity) || line.quantity < 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "deliverLicenses: a line's quantity is not a whole number ≥ 0")
    }
    const deliverable = input.lines.filter((line) => line.quantity > 0)
    const variantIds = [...new Set(deliverable.map((line) => line.variant_id))]
    const terms = variantIds.length ? await this.listLicenseTerms({ variant_id: variantIds }, {}, sharedContext) : []
    const termsOf = new Map(terms.filter((t) => t.delivers_license).map((t) => [t.variant_id, t]))
    const already = new Set((await this.licensesOfOrder(input.order_id, sharedContext)).map((license) => license.line_item_id))

    const rows = deliverable
      .filter((line) => termsOf.has(line.variant_id) && !already.has(line.line_item_id))
      .map((line) => {
        const t = termsOf.get(line.variant_id)!
        const id = generateEntityId(undefined, "lic")
        const license_key = newLicenseKey()
        const valid_from = input.issued_at
        const valid_until = validUntilOf(t.term, valid_from)
        const seats = t.seats * line.quantity
        const claims: LicenseClaims = {
          lid: id,
          key: license_key,
          customer_number: input.customer_number,
          organisation_number: input.organisation_number,
          product: t.product_code,
          product_title: line.product_title,
          kind: t.kind,
          seats,
          valid_from: valid_from.toISOString(),
          valid_until: valid_until?.toISOString() ?? null,
          order: input.order_number,
          iat: Math.floor(input.issued_at.getTime() / 1000),
          iss: LICENSE_ISSUER,
        }
        return {
          id,
          order_id: input.order_id,
          line_item_id: line.line_item_id,
          company_id: input.company_id,
          order_number: input.order_number,
          customer_number: input.customer_number,
          organisation_number: input.organisation_number,
          variant_id: line.variant_id,
          product_code: t.product_code,
          product_title: line.product_title,
          category: t.category,
          kind: t.kind,
          seats,
          term: t.term,
          valid_from,
          valid_until,
          license_key,
          license_file: signLicense(claims, this.signingKey()),
          kid: this.signingKey().kid,
        }
      })

    if (rows.length) {
      const columns = Object.keys(rows[0]) as (keyof (typeof rows)[number])[]
      const values = rows.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ")
      const manager = sharedContext.manager as SqlEntityManager
      await manager.execute(
        `insert into "license" (${columns.map((c) => `"${c}"`).join(", ")}) values ${values}
         on conflict ("line_item_id") where "deleted_at" is null do nothing`,
        rows.flatMap((row) => columns.map((column) => row[column])),
        "run"
      )
    }
    return this.licensesOfOrder(input.order_id, sharedContext)
  }

  /** Every license of an order, in the order they were delivered (then by line item id). */
  @InjectManager()
  async licensesOfOrder(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<LicenseDTO[]> {
    return this.listLicenses({ order_id: orderId }, { order: { created_at: "ASC", line_item_id: "ASC" } }, sharedContext)
  }

  /** Licenses by company (one or several), order and status at `now`; newest first. */
  @InjectManager()
  async listLicensesWithStatus(
    filters: LicenseListFilters,
    page: { limit?: number; offset?: number; now?: Date } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[(LicenseDTO & { status: LicenseStatus })[], number]> {
    const now = page.now ?? new Date()
    if (Array.isArray(filters.company_id) && filters.company_id.length === 0) return [[], 0]
    const where: Record<string, unknown> = {}
    if (filters.company_id !== undefined) where.company_id = filters.company_id
    if (filters.order_id) where.order_id = filters.order_id
    if (filters.status) Object.assign(where, statusFilter(filters.status, now))
    const [rows, count] = await this.listAndCountLicenses(
      where,
      { order: { created_at: "DESC", id: "DESC" }, take: page.limit ?? 50, skip: page.offset ?? 0 },
      sharedContext
    )
    return [rows.map((row) => ({ ...row, status: licenseStatus(row, now) })), count]
  }

  /** Marks a license revoked (who, why, when). A license revoked already is a 409. */
  @InjectManager()
  async revokeLicense(
    id: string,
    revocation: { by: string; reason: string; at?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LicenseDTO> {
    const [license] = await this.listLicenses({ id }, { take: 1 }, sharedContext)
    if (!license) throw notFound(`License ${id}`)
    if (license.revoked_at) throw new MedusaError(MedusaError.Types.CONFLICT, `License ${id} is revoked already`)
    // Only a row still unrevoked changes: two staff members revoking at once leave the first one's reason.
    const manager = sharedContext.manager as SqlEntityManager
    const changed = await manager.execute(
      `update "license" set "revoked_at" = ?, "revoked_by" = ?, "revocation_reason" = ?, "updated_at" = now()
       where "id" = ? and "revoked_at" is null and "deleted_at" is null`,
      [revocation.at ?? new Date(), revocation.by, revocation.reason, id],
      "run"
    )
    if (Number((changed as { affectedRows?: number }).affectedRows ?? 1) === 0) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `License ${id} is revoked already`)
    }
    const [revoked] = await this.listLicenses({ id }, { take: 1 }, sharedContext)
    return revoked
  }

  /** The revoked licenses, for the public revocation list (id and when only). */
  @InjectManager()
  async revokedLicenses(@MedusaContext() sharedContext: Context = {}): Promise<{ lid: string; revoked_at: Date }[]> {
    const rows = await this.listLicenses(
      { revoked_at: { $ne: null } },
      { select: ["id", "revoked_at"], order: { revoked_at: "ASC", id: "ASC" } },
      sharedContext
    )
    return rows.map((row) => ({ lid: row.id, revoked_at: row.revoked_at as Date }))
  }

  /** A variant's license terms, or null when it has none. */
  @InjectManager()
  async licenseTermsOf(variantId: string, @MedusaContext() sharedContext: Context = {}): Promise<LicenseTermsDTO | null> {
    const [terms] = await this.listLicenseTerms({ variant_id: variantId }, { take: 1 }, sharedContext)
    return terms ?? null
  }

  /** Creates or replaces a variant's license terms. Licenses delivered earlier keep the terms they were sold with. */
  @InjectManager()
  async upsertLicenseTerms(
    variantId: string,
    input: LicenseTermsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LicenseTermsDTO> {
    const noLicense = NON_LICENSE_CATEGORIES.includes(input.category)
    if (noLicense && input.delivers_license === true) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${input.category} delivers no license`)
    }
    if (!Number.isInteger(input.seats) || input.seats < 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "seats is a whole number of at least 1")
    }
    const values = {
      product_code: input.product_code,
      category: input.category,
      kind: input.kind,
      seats: input.seats,
      term: input.term,
      delivers_license: input.delivers_license ?? !noLicense,
    }
    const existing = await this.licenseTermsOf(variantId, sharedContext)
    if (existing) return this.updateLicenseTerms({ id: existing.id, ...values }, sharedContext)
    return this.createLicenseTerms({ variant_id: variantId, ...values }, sharedContext)
  }
}

export default LicensingModuleService
