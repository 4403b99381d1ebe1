import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import type { StrapiClient } from "./strapi-client"
import { strapiOf } from "./support-desk"

type Resolver = { resolve<T>(key: string): T }

/** Strapi's copy of a company (its key is the Medusa id): an idempotent upsert. */
export async function putCompany(strapi: StrapiClient, company: { id: string; name: string; organisation_number?: string | null }) {
  await strapi.json({
    method: "PUT",
    path: `/api/portal/companies/${encodeURIComponent(company.id)}`,
    json: { name: company.name, ...(company.organisation_number ? { orgNumber: company.organisation_number } : {}) },
  })
}

/** Puts one company to Strapi; false when it does not exist (any more). Strapi errors are thrown. */
export async function syncCompany(container: Resolver, companyId: string): Promise<boolean> {
  const company = await companySummaryOf(container, companyId)
  if (!company) return false
  await putCompany(strapiOf(container), company)
  return true
}

const PAGE = 200

/** Every company to Strapi, page by page: how Strapi catches up after being down or after a missed event. */
export async function syncAllCompanies(container: Resolver): Promise<{ synced: number; failed: number }> {
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const strapi = strapiOf(container)
  let synced = 0
  let failed = 0
  for (let skip = 0; ; skip += PAGE) {
    const page = await companies.listCompanies(
      {},
      { select: ["id", "name", "organisation_number"], skip, take: PAGE, order: { id: "ASC" } }
    )
    for (const company of page) {
      try {
        await putCompany(strapi, company)
        synced++
      } catch {
        failed++
      }
    }
    if (page.length < PAGE) return { synced, failed }
  }
}
