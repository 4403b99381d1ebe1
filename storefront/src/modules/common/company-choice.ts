import type { CompanyMembership } from "@/lib/data/companies"
import type { PortalArea, RoleAreas } from "@/lib/permissions/areas"

/**
 * The companies where one of the user's memberships grants an area (the same table as the
 * navigation), each once, sorted by name.
 */
export function companiesWithArea(
  session: { companies: readonly CompanyMembership[]; roleAreas: RoleAreas },
  area: PortalArea,
  locale: string
): CompanyMembership[] {
  const seen = new Set<string>()
  const collator = new Intl.Collator(locale)
  return session.companies
    .filter((company) => {
      const granted = Object.prototype.hasOwnProperty.call(session.roleAreas, company.role) ? session.roleAreas[company.role] : []
      if (!granted.includes(area) || seen.has(company.id)) return false
      seen.add(company.id)
      return true
    })
    .sort((a, b) => collator.compare(a.name, b.name))
}

/**
 * The company a page is about: the one asked for (`?company=`) when the user may use it there,
 * the first one when none was asked for. `undefined` = asked for a company the user may not use
 * (the page answers not found, like the backend does for another company).
 */
export function chooseCompany(
  companies: readonly CompanyMembership[],
  requested: string | undefined
): CompanyMembership | null | undefined {
  if (requested) return companies.find((company) => company.id === requested)
  return companies[0] ?? null
}

/** A search parameter's single value (Next gives string | string[] | undefined). */
export function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first && first.trim() ? first.trim() : undefined
}
