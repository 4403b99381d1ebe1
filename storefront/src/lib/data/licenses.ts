import type { BackendResult } from "./backend"
import { isObject, listPage, num, optStr, str, type Raw } from "./read-json"

// Mina sidor › Licenser (plugins/licensing's store routes): the licenses of every company where the
// caller has Mina sidor. The file and the CSV are downloads (src/lib/data/downloads.ts).

export const LICENSE_STATUSES = ["active", "expiring", "expired", "revoked"] as const
export type LicenseStatus = (typeof LICENSE_STATUSES)[number]

export interface License {
  id: string
  license_key: string
  company: { id: string; name: string }
  order_id: string | null
  order_number: string | null
  product_title: string
  product_code: string
  kind: string
  seats: number
  term: string
  valid_from: string | null
  valid_until: string | null
  /** The date a yearly license renews (its end date when the backend gives none of its own). */
  renewal_date: string | null
  status: LicenseStatus | string
}

export interface LicensePage {
  licenses: License[]
  count: number
  limit: number
  offset: number
}

/** The backend's status words mapped onto the four the portal shows. */
export function licenseStatusOf(value: unknown): LicenseStatus | string {
  const status = str(value)
  if (status === "expiring_soon") return "expiring"
  return status
}

export function readLicense(value: Raw): License {
  const company = isObject(value.company) ? value.company : {}
  const validUntil = optStr(value.valid_until)
  return {
    id: str(value.id),
    license_key: str(value.license_key),
    company: { id: str(company.id ?? value.company_id), name: str(company.name ?? value.company_name) },
    order_id: optStr(value.order_id),
    order_number: optStr(value.order_number),
    product_title: str(value.product_title),
    product_code: str(value.product_code),
    kind: str(value.kind),
    seats: num(value.seats, 1),
    term: str(value.term),
    valid_from: optStr(value.valid_from),
    valid_until: validUntil,
    renewal_date: optStr(value.renewal_date ?? value.renews_at) ?? (str(value.term) === "yearly" ? validUntil : null),
    status: licenseStatusOf(value.status),
  }
}

export const LICENSE_PAGE_SIZE = 100

export function listLicenses(
  token: string,
  options: { companyId?: string; status?: string; page?: number } = {}
): Promise<BackendResult<LicensePage>> {
  return listPage(token, "/store/licenses", "licenses", readLicense, LICENSE_PAGE_SIZE, options)
}
