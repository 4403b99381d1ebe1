import type { CompanyMembership } from "@/lib/data/companies"
import { readSessionToken } from "@/lib/session/store"
import { companiesWithArea } from "@/modules/common/company-choice"
import { requireArea } from "@/modules/common/require-area"

export interface SupportContext {
  token: string
  /** The companies where the user has Support, sorted by name. */
  companies: CompanyMembership[]
}

/** The guard of every Support page (no "support" area → not found, like the navigation). Null without a usable session. */
export async function supportContext(locale: string): Promise<SupportContext | null> {
  const session = await requireArea("support")
  const token = await readSessionToken()
  if (!session || !token) return null
  return { token, companies: companiesWithArea(session, "support", locale) }
}

/** The backend could not reach Strapi (503 support_unavailable), or could not be reached itself. */
export function isUnavailable(result: { ok: boolean; code?: string }): boolean {
  return !result.ok && (result.code === "backend_unavailable" || result.code === "rate_limited")
}
