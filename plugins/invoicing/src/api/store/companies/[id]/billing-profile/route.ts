import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"

/**
 * GET /store/companies/:id/billing-profile — where the company's invoices go, shown to
 * the buyer at checkout (`billing_profile: null` when vendor staff have not set one).
 */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const profile = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).billingProfileOf(company_id)
  res.json({
    billing_profile: profile
      ? {
          name: profile.name,
          attention: profile.attention,
          address_line_1: profile.address_line_1,
          address_line_2: profile.address_line_2,
          postal_code: profile.postal_code,
          city: profile.city,
          country_code: profile.country_code,
          vat_number: profile.vat_number,
          invoice_email: profile.invoice_email,
          payment_terms_days: profile.payment_terms_days,
        }
      : null,
  })
})
