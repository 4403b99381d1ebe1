import { COMPANY_MODULE, type CompanyModuleService } from "../modules/company"

/** Anything that resolves the company module: a request scope, a step's or a job's container. */
type Resolver = { resolve<T>(key: string): T }

/** What the other plugins' lists and documents show of a company. */
export type CompanySummary = { id: string; name: string; customer_number: string; organisation_number: string }

/** Companies by id, read once for a whole list (an order, license, invoice or ticket names its company). */
export async function companySummariesOf(container: Resolver, ids: readonly string[]): Promise<Map<string, CompanySummary>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const companies = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: unique }, { select: ["id", "name", "customer_number", "organisation_number"], take: unique.length })
  return new Map(
    companies.map(({ id, name, customer_number, organisation_number }) => [id, { id, name, customer_number, organisation_number }])
  )
}

/** One company; undefined when there is none with this id. */
export async function companySummaryOf(container: Resolver, id: string): Promise<CompanySummary | undefined> {
  return (await companySummariesOf(container, [id])).get(id)
}
