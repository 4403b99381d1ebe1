import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { notFound } from "@mymonitor/common/lib/portal-errors"
import { INVOICING_MODULE, type BillingProfileDTO, type BuyerSnapshot, type InvoicingModuleService } from "../modules/invoicing"

type Resolver = { resolve<T>(key: string): T }

export const COMPANY_NOT_FOUND = { sv: "Företaget finns inte.", en: "The company does not exist." }

/** The buyer as an invoice shows it: the company (name, organisation and customer numbers) and its billing profile. */
export function buyerSnapshotFrom(
  company: { name: string; organisation_number: string | null; customer_number: string | null },
  profile: BillingProfileDTO | null
): BuyerSnapshot {
  return {
    company_name: company.name,
    organisation_number: company.organisation_number,
    customer_number: company.customer_number,
    vat_number: profile?.vat_number ?? null,
    address: profile
      ? {
          name: profile.name,
          attention: profile.attention,
          address_line_1: profile.address_line_1,
          address_line_2: profile.address_line_2,
          postal_code: profile.postal_code,
          city: profile.city,
          country_code: profile.country_code,
        }
      : null,
    invoice_email: profile?.invoice_email ?? null,
  }
}

/**
 * The buyer snapshot and payment terms of a company, read now (monitor-store calls
 * this at checkout; the admin's fee invoice too). 404 (PortalError) for an unknown company.
 */
export async function buyerOf(
  container: Resolver,
  companyId: string
): Promise<{ buyer: BuyerSnapshot; payment_terms_days: number; profile: BillingProfileDTO | null }> {
  const company = await companySummaryOf(container, companyId)
  if (!company) throw notFound(COMPANY_NOT_FOUND)
  const profile = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).billingProfileOf(companyId)
  return { buyer: buyerSnapshotFrom(company, profile), payment_terms_days: profile?.payment_terms_days ?? 30, profile }
}
