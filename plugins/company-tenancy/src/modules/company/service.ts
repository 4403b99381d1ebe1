import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Company, Membership } from "./models"
import type { MembershipRole } from "./roles"

export type CompanyWithRole = {
  id: string
  name: string
  organisation_number: string
  customer_number: string
  erp_version: string | null
  portal_activated_at: Date | null
  role: MembershipRole
  membership_id: string
}

class CompanyModuleService extends MedusaService({ Company, Membership }) {
  /** The companies a customer belongs to (active memberships only, by name), each with the customer's role there. */
  async listCompaniesOfCustomer(
    customerId: string,
    page: { skip?: number; take?: number } = {}
  ): Promise<[CompanyWithRole[], number]> {
    const skip = page.skip ?? 0
    const take = page.take ?? 50
    const filters = { customer_id: customerId, status: "active" as const }
    const memberships = await this.listMemberships(filters, {
      relations: ["company"],
      skip,
      take,
      order: { company: { name: "ASC" }, id: "ASC" } as any,
    })
    // Most callers have a handful of companies: a short, non-empty page (or an empty
    // first page) is the last one and already tells the total, so no count query is needed.
    const isLastPage = memberships.length < take && (memberships.length > 0 || skip === 0)
    const count = isLastPage ? skip + memberships.length : (await this.listAndCountMemberships(filters, { take: 1, select: ["id"] }))[1]
    return [memberships.map(toCompanyWithRole), count]
  }

  /**
   * The one tenancy check: the caller's active membership in a company, or a
   * NOT_FOUND error — another company's existence is never disclosed.
   */
  async retrieveActiveMembership(companyId: string, customerId: string) {
    const [membership] = await this.listMemberships(
      { company_id: companyId, customer_id: customerId, status: "active" },
      { relations: ["company"], take: 1 }
    )
    if (!membership) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
    }
    return membership
  }

  async countAdministrators(companyId: string): Promise<number> {
    return this.listAndCountMemberships({ company_id: companyId, role: "admin", status: "active" }, { take: 1 }).then(
      ([, count]) => count
    )
  }
}

/** A membership (with its company) as the portal shows it: the company and the caller's role there. */
export function toCompanyWithRole(membership: any): CompanyWithRole {
  const company = membership.company
  return {
    id: company.id,
    name: company.name,
    organisation_number: company.organisation_number,
    customer_number: company.customer_number,
    erp_version: company.erp_version,
    portal_activated_at: company.portal_activated_at,
    role: membership.role,
    membership_id: membership.id,
  }
}

export default CompanyModuleService
