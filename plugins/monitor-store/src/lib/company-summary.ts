import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"

export type CompanySummary = { id: string; name: string }

/** Names of companies, by id (the lists show which company an order belongs to). */
export async function companySummariesOf(container: MedusaContainer, ids: string[]): Promise<Map<string, CompanySummary>> {
  if (!ids.length) return new Map()
  const companies = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: [...new Set(ids)] }, { select: ["id", "name"], take: ids.length })
  return new Map(companies.map((company) => [company.id, { id: company.id, name: company.name }]))
}

export async function companySummaryOf(container: MedusaContainer, id: string): Promise<CompanySummary> {
  const company = (await companySummariesOf(container, [id])).get(id)
  if (!company) throw new Error(`Company ${id} was not found`)
  return company
}
