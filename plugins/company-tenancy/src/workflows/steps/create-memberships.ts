import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "../../modules/company"

export type CreateMembershipsInput = { customer_id: string; grants: { company_id: string; role: MembershipRole }[] }

/**
 * Adds a customer to several companies at once (an accepted invitation, a new
 * account from a link). Every company must still exist (else NOT_FOUND, and
 * nothing is added); a company the customer already belongs to keeps its
 * membership and role as they are. Compensation deletes the memberships it made.
 */
export const createMembershipsStep = createStep(
  "create-memberships",
  async (input: CreateMembershipsInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const companyIds = [...new Set(input.grants.map((grant) => grant.company_id))]
    const companies = companyIds.length ? await companyService.listCompanies({ id: companyIds }, { select: ["id"] }) : []
    if (companies.length !== companyIds.length) {
      const found = new Set(companies.map((company: { id: string }) => company.id))
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${companyIds.filter((id) => !found.has(id)).join(", ")} was not found`)
    }
    const existing = companyIds.length
      ? await companyService.listMemberships({ customer_id: input.customer_id, company_id: companyIds }, { select: ["company_id"] })
      : []
    const taken = new Set(existing.map((membership) => membership.company_id))
    const toCreate = input.grants
      .filter((grant) => !taken.has(grant.company_id))
      .map((grant) => ({ company_id: grant.company_id, customer_id: input.customer_id, role: grant.role }))
    const created = toCreate.length ? await companyService.createMemberships(toCreate) : []
    return new StepResponse(
      created,
      created.map((membership) => membership.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteMemberships(ids)
  }
)
