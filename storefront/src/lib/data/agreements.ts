import type { BackendResult } from "./backend"
import { isObject, listPage, num, optStr, str, type Raw } from "./read-json"

// Mina sidor › Avtal (plugins/support-desk's GET /store/agreements): the agreements of every company
// where the caller has Mina sidor, kept in Strapi. The PDF is a download (src/lib/data/downloads.ts).

export interface Agreement {
  id: string
  title: string
  type: string
  company: { id: string; name: string }
  validFrom: string | null
  validTo: string | null
  status: string
  document: { id: string; name: string; size: number } | null
}

export interface AgreementPage {
  agreements: Agreement[]
  count: number
  limit: number
  offset: number
}

export function readAgreement(value: Raw): Agreement {
  const document = isObject(value.document) ? value.document : null
  return {
    id: str(value.id),
    title: str(value.title),
    type: str(value.type),
    company: { id: str(value.companyId ?? value.company_id), name: str(value.company_name ?? value.companyName) },
    validFrom: optStr(value.validFrom ?? value.valid_from),
    validTo: optStr(value.validTo ?? value.valid_to),
    status: str(value.status),
    document: document ? { id: str(document.id), name: str(document.name), size: num(document.size) } : null,
  }
}

export const AGREEMENT_PAGE_SIZE = 50

export function listAgreements(
  token: string,
  options: { companyId?: string; status?: string; page?: number } = {}
): Promise<BackendResult<AgreementPage>> {
  return listPage(token, "/store/agreements", "agreements", readAgreement, AGREEMENT_PAGE_SIZE, options)
}
