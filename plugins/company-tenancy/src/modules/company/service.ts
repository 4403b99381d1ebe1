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
    const [memberships, count] = await this.listAndCountMemberships(
      { customer_id: customerId, status: "active" },
      { relations: ["company"], skip: page.skip ?? 0, take: page.take ?? 50, order: { company: { name: "ASC" }, id: "ASC" } as any }
    )
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

function toCompanyWithRole(membership: any): CompanyWithRole {
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
