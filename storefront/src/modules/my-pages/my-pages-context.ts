import type { CompanyMembership } from "@/lib/data/companies"
import { readSessionToken } from "@/lib/session/store"
import { companiesWithArea, single } from "@/modules/common/company-choice"
import { requireArea } from "@/modules/common/require-area"

export interface MyPagesContext {
  token: string
  /** The companies where the user has Mina sidor, sorted by name (the company filter's choices). */
  companies: CompanyMembership[]
  /** The company filter (`?company=`) when it names one of them; otherwise no filter. */
  companyFilter: CompanyMembership | undefined
}

/** The guard of every Mina sidor page (no "my_pages" area → not found) and its company filter. */
export async function myPagesContext(locale: string, requested?: string | string[]): Promise<MyPagesContext | null> {
  const session = await requireArea("my_pages")
  const token = await readSessionToken()
  if (!session || !token) return null
  const companies = companiesWithArea(session, "my_pages", locale)
  const wanted = single(requested)
  return { token, companies, companyFilter: wanted ? companies.find((company) => company.id === wanted) : undefined }
}
