import type { MembershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { COMPANY_MODULE, type CompanyModuleService } from "../modules/company"

/** company-tenancy's memberships, as the access layer of portal-permissions reads them. */
export const companyMembershipSource: MembershipSource = {
  async activeMemberships(container, customerId, companyIds) {
    const memberships = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listMemberships(
        { customer_id: customerId, status: "active", ...(companyIds ? { company_id: [...companyIds] } : {}) },
        { select: ["id", "company_id", "customer_id", "role"] }
      )
    return memberships.map(({ id, company_id, customer_id, role }) => ({ id, company_id, customer_id, role }))
  },
}
