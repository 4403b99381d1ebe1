import { bearer, callBackend, type BackendResult } from "./backend"

export interface CompanyMembership {
  id: string
  name: string
  organisation_number: string
  customer_number: string
  role: string
  membership_id: string
}

interface CompanyPage {
  companies: CompanyMembership[]
  count: number
  limit: number
  offset: number
}

const PAGE_SIZE = 50
// A safety stop: a user with more than 1 000 companies is not a case the portal has today.
const MAX_PAGES = 20

/** Every company the user is a member of, with the user's role in each (all pages). */
export async function listMyCompanies(token: string): Promise<BackendResult<CompanyMembership[]>> {
  const companies: CompanyMembership[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await callBackend<CompanyPage>("/store/companies", {
      headers: bearer(token),
      query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE },
    })
    if (!result.ok) return result
    companies.push(...result.data.companies)
    if (result.data.companies.length === 0 || companies.length >= result.data.count) break
  }
  return { ok: true, data: companies }
}
