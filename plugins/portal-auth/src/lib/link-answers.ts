import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { gone, notFound, type PortalError } from "@mymonitor/common/lib/portal-errors"
import type { LinkDescription } from "./portal-links"

export const LINK_STATUS_ERRORS: Record<Exclude<LinkDescription["status"], "valid">, () => PortalError> = {
  expired: () => gone("link_expired", { sv: "Länken har gått ut. Be om en ny.", en: "The link has expired. Ask for a new one." }),
  used: () =>
    gone("link_used", { sv: "Länken har redan använts. Logga in i stället.", en: "The link has already been used. Log in instead." }),
  revoked: () => gone("link_revoked", { sv: "Inbjudan har återkallats.", en: "The invitation has been revoked." }),
}

export const linkNotFound = () =>
  notFound({
    sv: "Länken finns inte. Kontrollera att du kopierade hela länken.",
    en: "The link does not exist. Check that you copied all of it.",
  })

/** A usable link, or the error that tells the person why not. */
export function assertUsable(link: LinkDescription | null): LinkDescription {
  if (!link) throw linkNotFound()
  if (link.status !== "valid") throw LINK_STATUS_ERRORS[link.status]()
  return link
}

export async function accountExists(container: MedusaContainer, email: string): Promise<boolean> {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true }, { take: 1 })
  return !!customer
}

export async function grantedCompanies(container: MedusaContainer, link: LinkDescription) {
  const ids = link.grants.map((grant) => grant.company_id)
  const companies = ids.length ? await container.resolve<CompanyModuleService>(COMPANY_MODULE).listCompanies({ id: ids }) : []
  return link.grants.map((grant) => ({
    id: grant.company_id,
    name: companies.find((company) => company.id === grant.company_id)?.name ?? "",
    role: grant.role,
  }))
}
