import { getPortalSession } from "@/lib/data/session"
import { companiesWithArea } from "@/modules/common/company-choice"
import { myPagesContext, type MyPagesContext } from "@/modules/my-pages/my-pages-context"

export interface QuoteContext extends MyPagesContext {
  /** The companies where the user's role grants the store: there a quote may be accepted or declined. */
  storeCompanyIds: ReadonlySet<string>
}

/**
 * The guard of Mina sidor › Offerter (no "my_pages" area → not found, like the navigation) with its
 * company filter, and where the user may buy. Null when there is no usable session.
 */
export async function quoteContext(locale: string, requested?: string | string[]): Promise<QuoteContext | null> {
  const context = await myPagesContext(locale, requested)
  if (!context) return null
  // The same per-request session as the guard's (cached): no further backend call.
  const session = await getPortalSession()
  if (session.status !== "authenticated") return null
  return { ...context, storeCompanyIds: new Set(companiesWithArea(session, "store", locale).map((company) => company.id)) }
}
