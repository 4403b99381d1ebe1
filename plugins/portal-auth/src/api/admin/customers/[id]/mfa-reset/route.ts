import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "@mymonitor/portal-permissions/modules/portal-session"
import { authIdentityIdsOfCustomer, resetCustomerMfa } from "../../../../../lib/mfa-reset"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"

/**
 * POST /admin/customers/:id/mfa-reset — vendor staff reset a portal user's 2FA (lost
 * phone): all factors disabled, recovery codes gone; the next login sets up 2FA anew.
 * Audited as auth.mfa_reset (actor: the staff user), once per company of the user.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: req.params.id }, { take: 1 })
  if (!customer) throw notFound({ sv: "Kunden hittades inte.", en: "Customer not found." })
  const identityIds = await authIdentityIdsOfCustomer(req.scope, customer)
  const reset = await resetCustomerMfa(req.scope, identityIds)
  // A session that passed the lost factor must not outlive the reset.
  const sessionsEnded = await req.scope.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE).endSessionsOf(identityIds, "mfa_reset")
  const memberships = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listMemberships({ customer_id: customer.id }, { select: ["company_id"] })
  await auditRequest(
    req,
    {
      action: "auth.mfa_reset",
      actor_type: "user",
      details: {
        customer_id: customer.id,
        customer_email: customer.email,
        factors: reset.factors,
        recovery_codes_deleted: reset.recovery_codes,
        sessions_ended: sessionsEnded,
      },
    },
    [...new Set(memberships.map((m) => m.company_id))]
  )
  res.json({ customer_id: customer.id, disabled_factors: reset.factors.length, deleted_recovery_codes: reset.recovery_codes })
})
