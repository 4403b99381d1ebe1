import type { ICustomerModuleService, IUserModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { rolesGrantingArea } from "@mymonitor/portal-permissions/lib/role-areas"

type Resolver = Pick<MedusaContainer, "resolve">
export type Recipient = { email: string; receiver_id: string }

/** The requester and the company's administrators (the roles granting "user_management"), each once. */
export async function customerSideOf(container: Resolver, companyId: string, requesterId: string): Promise<Recipient[]> {
  const memberships = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listMemberships({ company_id: companyId, role: rolesGrantingArea("user_management"), status: "active" }, { select: ["customer_id"] })
  const ids = [...new Set([requesterId, ...memberships.map((m) => m.customer_id)])]
  const customers = await container
    .resolve<ICustomerModuleService>(Modules.CUSTOMER)
    .listCustomers({ id: ids }, { select: ["id", "email"], take: ids.length })
  return customers.filter((c) => c.email).map((c) => ({ email: c.email, receiver_id: c.id }))
}

/** The requester alone (a staff reply goes to the person who asked). */
export async function requesterOf(container: Resolver, requesterId: string): Promise<Recipient[]> {
  const [customer] = await container
    .resolve<ICustomerModuleService>(Modules.CUSTOMER)
    .listCustomers({ id: requesterId }, { select: ["id", "email"], take: 1 })
  return customer?.email ? [{ email: customer.email, receiver_id: customer.id }] : []
}

/** Vendor staff: every Medusa admin user. */
export async function vendorStaff(container: Resolver): Promise<Recipient[]> {
  const users = await container.resolve<IUserModuleService>(Modules.USER).listUsers({}, { select: ["id", "email"], take: 200 })
  return users.filter((u) => u.email).map((u) => ({ email: u.email, receiver_id: u.id }))
}

/** The quote's page in the Medusa admin. */
export function adminQuoteUrl(quoteId: string): string {
  const base = (process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`).replace(/\/+$/, "")
  return `${base}/app/quotes/${quoteId}`
}

/** The quote's page under Mina sidor › Offerter. */
export const portalQuotePath = (quoteId: string, companyId: string) => `/sv/mina-sidor/offerter/${quoteId}?company=${companyId}`
