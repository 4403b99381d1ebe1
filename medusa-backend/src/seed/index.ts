import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureCatalog } from "./catalog"
import { ensureBillingProfile, ensureCompanyPrices } from "./company-store"
import { loadDemoData } from "./demo-data"
import { ensureDemoErpInstallation, type DemoErpInstallation } from "./erp-installations"
import { authIdentityIdOf, ensureTotpFactor } from "./mfa"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureVendorAdmin } from "./people"
import { ensureDemoQuote } from "./quotes"
import { ensureStore } from "./store"

/** Idempotent: a second run finds everything in place and changes nothing. */
export async function seedDemo(container: MedusaContainer) {
  const demo = loadDemoData()
  const { salesChannel, publishableKey } = await ensureStore(container)
  const variantIdsBySku = await ensureCatalog(container, salesChannel.id)
  await ensureVendorAdmin(container, demo.medusa_admin.email, demo.medusa_admin.password)
  // Staff have a mandatory second factor as well: `npm run totp -- admin@monitor.se`.
  await ensureTotpFactor(container, demo.medusa_admin.email)

  const companyIds = new Map<string, string>()
  for (const company of demo.companies) {
    const { id } = await ensureCompany(container, company)
    companyIds.set(company.handle, id)
    if (company.billing) await ensureBillingProfile(container, { id, name: company.name }, company.billing)
    if (company.prices) await ensureCompanyPrices(container, { id, name: company.name }, company.prices, variantIdsBySku)
  }
  for (const { memberships, ...person } of demo.users) {
    const customer = await ensurePortalUser(container, person, demo.password)
    await ensureTotpFactor(container, person.email)
    for (const { company, role } of memberships) {
      await ensureMembership(container, companyIds.get(company)!, customer.id, role)
    }
  }
  const erpInstallation = (demo as { erp_installation?: DemoErpInstallation }).erp_installation
  if (erpInstallation) await ensureDemoErpInstallation(container, companyIds.get(erpInstallation.company)!, erpInstallation)
  const buyer = demo.users.find((user) => user.memberships.some((m) => m.role === "user"))
  const buyerCompany = buyer?.memberships.find((m) => m.role === "user")?.company
  if (buyer && buyerCompany) {
    await ensureDemoQuote(container, {
      company_id: companyIds.get(buyerCompany)!,
      requester_email: buyer.email,
      lines: [
        { variant_id: variantIdsBySku.get("MON-USER")!, quantity: 5 },
        { variant_id: variantIdsBySku.get("MON-REPORTS")!, quantity: 1 },
      ].filter((line) => line.variant_id),
    })
  }
  return { publishableKey }
}

export { authIdentityIdOf, ensureTotpFactor }
export { ensureDemoErpInstallation } from "./erp-installations"
export { ensureBillingProfile, ensureCompanyPrices } from "./company-store"
export { CATALOG } from "./catalog"
export { ensureCatalog, ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureVendorAdmin, loadDemoData }
