import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PortalError, sendPortalError } from "@mymonitor/common/lib/portal-errors"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../modules/company"
import { createCompanyWorkflow } from "../../../workflows/create-company"
import { COMPANY_ADMIN_FIELDS } from "./query-config"
import type { AdminCreateCompany, AdminListCompaniesQuery } from "./validators"

/** GET /admin/companies — every company with its members, for vendor staff. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCompaniesQuery>, res: MedusaResponse) {
  const { q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies, metadata } = await query.graph({
    entity: "company",
    fields: COMPANY_ADMIN_FIELDS,
    filters: q ? { $or: [{ name: { $ilike: `%${q}%` } }, { customer_number: q }] } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ companies, count: metadata?.count ?? companies.length, limit, offset })
}

/** POST /admin/companies — a company and its customer group, created together. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCompany>, res: MedusaResponse) {
  const input = req.validatedBody
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [taken] = await companyService.listCompanies({ customer_number: input.customer_number }, { take: 1, select: ["id"] })
  if (taken) {
    return sendPortalError(
      res,
      new PortalError(
        409,
        "conflict",
        { sv: "Kundnumret används redan.", en: "The customer number is already in use." },
        { customer_number: [{ sv: "Kundnumret används redan.", en: "The customer number is already in use." }] }
      )
    )
  }
  const { result } = await createCompanyWorkflow(req.scope).run({ input })
  res.status(201).json({ company: result })
}
