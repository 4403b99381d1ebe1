import { type CompanySummary, companySummariesOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import type { StrapiClient } from "./strapi-client"
import { ticketNotFound } from "./strapi-errors"
import type { TicketDetail, TicketSummary } from "./strapi-types"

type Resolver = { resolve<T>(key: string): T }

/**
 * One ticket of one company, as Strapi gives it to exactly this company: another company's
 * ticket id is "not found", the same as one that does not exist. The company id is checked
 * again on the answer (defence in depth; Strapi filters by it too).
 */
export async function ticketOfCompany(strapi: StrapiClient, ticketId: string, companyId: string): Promise<TicketDetail> {
  const { body } = await strapi.json<{ data: TicketDetail }>({
    method: "GET",
    path: `/api/portal/tickets/${encodeURIComponent(ticketId)}`,
    query: { companies: [companyId] },
  })
  if (!body?.data || body.data.companyId !== companyId) throw ticketNotFound()
  return body.data
}

/** Company names as Medusa knows them (the authority), read once for a whole cross-company page. */
export type CompanyNames = Map<string, CompanySummary>

export const companyNamesOf = (container: Resolver, companyIds: readonly string[]): Promise<CompanyNames> =>
  companySummariesOf(container, companyIds)

/** The rows with their company's name, Strapi's copy as the fallback. */
export function withCompanyNames<T extends { companyId: string; companyName?: string }>(
  rows: readonly T[],
  names: CompanyNames
): (T & { company_name: string })[] {
  return rows.map((row) => ({ ...row, company_name: names.get(row.companyId)?.name ?? row.companyName ?? "" }))
}

/** The filter list of a cross-company page: every company the caller may see there, by name. */
export function companyChoices(companyIds: readonly string[], names: CompanyNames) {
  return companyIds.map((id) => ({ id, name: names.get(id)?.name ?? "" })).sort((a, b) => a.name.localeCompare(b.name, "sv"))
}

/** Medusa's offset/limit on Strapi's page/pageSize: the offset is rounded down to a page start. */
export function pageOf(offset: number, limit: number) {
  const page = Math.floor(offset / limit) + 1
  return { page, pageSize: limit, offset: (page - 1) * limit }
}

export type { TicketDetail, TicketSummary }
