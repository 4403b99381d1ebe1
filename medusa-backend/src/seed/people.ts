import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "@mymonitor/company-tenancy/modules/company"
import { createCompanyWorkflow, createMembershipWorkflow } from "@mymonitor/company-tenancy/workflows"
import {
  MONITOR_REGISTRATION_MODULE,
  type MonitorRegistrationModuleService,
} from "@mymonitor/monitor-registration/modules/monitor-registration"

async function registerEmailPassword(container: MedusaContainer, email: string, password: string) {
  const authService = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await authService.register("emailpass", { body: { email, password } } as any)
  if (!success || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot register ${email}: ${error}`)
  return authIdentity
}

export async function ensurePortalUser(
  container: MedusaContainer,
  person: { email: string; first_name: string; last_name: string; phone?: string },
  password: string
) {
  const customerService = container.resolve(Modules.CUSTOMER)
  const [existing] = await customerService.listCustomers({ email: person.email, has_account: true })
  if (existing) return existing
  const authIdentity = await registerEmailPassword(container, person.email, password)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: { ...person } },
  })
  return result
}

export async function ensureVendorAdmin(container: MedusaContainer, email: string, password: string) {
  const userService = container.resolve(Modules.USER)
  const [existing] = await userService.listUsers({ email })
  if (existing) return existing
  const authIdentity = await registerEmailPassword(container, email, password)
  const { result } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Monitor", last_name: "Admin" } },
  })
  return result
}

export async function ensureCompany(
  container: MedusaContainer,
  company: { name: string; organisation_number: string; customer_number: string; erp_version?: string | null; activated?: boolean }
) {
  const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [existing] = await companyService.listCompanies({ customer_number: company.customer_number })
  if (existing) return existing
  const { result } = await createCompanyWorkflow(container).run({
    input: { name: company.name, organisation_number: company.organisation_number, customer_number: company.customer_number },
  })
  // What the company's ERP would have reported (monitor-registration owns these facts).
  const erp = container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
  if (company.erp_version) await erp.recordErpVersion(result.id, company.erp_version)
  if (company.activated) await erp.recordPortalActivation(result.id)
  return result
}

export async function ensureMembership(container: MedusaContainer, companyId: string, customerId: string, role: MembershipRole) {
  const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [existing] = await companyService.listMemberships({ company_id: companyId, customer_id: customerId })
  if (existing) return existing
  const { result } = await createMembershipWorkflow(container).run({
    input: { company_id: companyId, customer_id: customerId, role },
  })
  return result
}
