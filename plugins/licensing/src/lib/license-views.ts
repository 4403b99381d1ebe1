import type { MedusaContainer } from "@medusajs/framework/types"
import { notFound, PortalError } from "@mymonitor/common/lib/portal-errors"
import { companySummariesOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { LICENSING_MODULE, type LicenseDTO, type LicensingModuleService, licenseStatus, type LicenseStatus } from "../modules/licensing"

export type CompanyRef = { id: string; name: string; customer_number: string }

/** A license as the portal and the admin list it: everything but the license file itself. */
export type LicenseView = {
  id: string
  company_id: string
  company: CompanyRef | null
  order_id: string
  order_number: string
  product_code: string
  product_title: string
  category: LicenseDTO["category"]
  kind: LicenseDTO["kind"]
  seats: number
  term: LicenseDTO["term"]
  valid_from: Date
  /** The renewal date of a yearly license; null for a perpetual one. */
  valid_until: Date | null
  license_key: string
  kid: string
  status: LicenseStatus
  revoked_at: Date | null
  created_at: Date
}

export const licensingOf = (container: MedusaContainer) => container.resolve<LicensingModuleService>(LICENSING_MODULE)

export const licenseNotFound = () => notFound({ sv: "Licensen hittades inte.", en: "License not found." })
export const companyNotFound = () => notFound({ sv: "Företaget hittades inte.", en: "Company not found." })

/** The companies by id (name and customer number for the lists). */
export async function companiesById(container: MedusaContainer, ids: readonly string[]): Promise<Map<string, CompanyRef>> {
  const companies = await companySummariesOf(container, ids)
  return new Map([...companies].map(([id, { name, customer_number }]) => [id, { id, name, customer_number }]))
}

export function licenseView(license: LicenseDTO, companies: Map<string, CompanyRef>, now: Date = new Date()): LicenseView {
  return {
    id: license.id,
    company_id: license.company_id,
    company: companies.get(license.company_id) ?? null,
    order_id: license.order_id,
    order_number: license.order_number,
    product_code: license.product_code,
    product_title: license.product_title,
    category: license.category,
    kind: license.kind,
    seats: license.seats,
    term: license.term,
    valid_from: license.valid_from,
    valid_until: license.valid_until ?? null,
    license_key: license.license_key,
    kid: license.kid,
    status: licenseStatus(license, now),
    revoked_at: license.revoked_at ?? null,
    created_at: license.created_at,
  }
}

/** One license of one company, or 404: another company's license is not disclosed. */
export async function licenseOfCompany(container: MedusaContainer, companyId: string, licenseId: string): Promise<LicenseDTO> {
  const [license] = await licensingOf(container).listLicenses({ id: licenseId, company_id: companyId }, { take: 1 })
  if (!license) throw licenseNotFound()
  return license
}

/** The service's MedusaErrors of a staff action as the shared error shape. */
export function portalErrorOf(error: unknown): unknown {
  const type = (error as { type?: string } | undefined)?.type
  const message = error instanceof Error ? error.message : String(error)
  if (type === "not_found") return licenseNotFound()
  if (type === "conflict")
    return new PortalError(409, "license_revoked", { sv: "Licensen är redan spärrad.", en: "The license is revoked already." })
  if (type === "invalid_data") return new PortalError(400, "invalid_data", { sv: "Ogiltiga uppgifter.", en: message })
  return error
}
