import { notFound } from "next/navigation"
import type { CompanyMembership } from "@/lib/data/companies"
import { readSessionToken } from "@/lib/session/store"
import { chooseCompany, companiesWithArea, single } from "@/modules/common/company-choice"
import { requireArea } from "@/modules/common/require-area"

export interface StoreContext {
  token: string
  /** The companies the user may shop for ("store" area), sorted by name. */
  companies: CompanyMembership[]
  /** The one chosen with `?company=` (the first when none was asked for). */
  company: CompanyMembership | null
}

/**
 * The guard and the company of every Monitor Store page: no "store" area → not found (like the
 * navigation); `?company=` of a company the user may not shop for → not found (like the backend's
 * 404 for another company). Null when there is no usable session (the layout shows login or the error).
 */
export async function storeContext(locale: string, requested: string | string[] | undefined): Promise<StoreContext | null> {
  const session = await requireArea("store")
  const token = await readSessionToken()
  if (!session || !token) return null
  const companies = companiesWithArea(session, "store", locale)
  const company = chooseCompany(companies, single(requested))
  if (company === undefined) notFound()
  return { token, companies, company }
}

/** The backend refused the company or the object (403/404): the page answers not found too. */
export function notFoundIfRefused(result: { ok: boolean; code?: string; status?: number }): void {
  if (!result.ok && result.code === "rejected" && (result.status === 403 || result.status === 404)) notFound()
}
