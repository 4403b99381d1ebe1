import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { forbidden, notFound, PortalError, unauthorized, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { MONITOR_REGISTRATION_MODULE, type MonitorRegistrationModuleService } from "../../../../../modules/monitor-registration"
import { acceptAdminRegistrationWorkflow } from "../../../../../workflows/accept-admin-registration"
import { LINK_STATUS_ERRORS } from "../../../../../workflows/steps/consume-admin-registration"

/**
 * POST /store/admin-registrations/:token/accept — a logged-in customer (complete
 * portal session: the portal-permissions guard) accepts an ERP registration link
 * addressed to the account's e-mail and becomes administrator of that company.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_id
  if (!customerId) throw unauthorized()
  const registrations = req.scope.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
  const token = req.params.token

  const link = await registrations.describeLink(token)
  if (!link) throw notFound({ sv: "Länken finns inte.", en: "The link does not exist." })
  if (link.status !== "valid") throw LINK_STATUS_ERRORS[link.status]()

  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  if ((customer.email ?? "").toLowerCase() !== link.email.toLowerCase()) {
    throw forbidden({
      sv: "Länken gäller en annan e-postadress än den du är inloggad med.",
      en: "The link is for another e-mail address than the one you are logged in with.",
    })
  }

  const { result } = await acceptAdminRegistrationWorkflow(req.scope)
    .run({ input: { token, customer_id: customerId } })
    .catch(async (error: unknown): Promise<never> => {
      if (error instanceof PortalError) throw error
      // The link was taken between the check above and the workflow (another tab):
      // answer why it cannot be used; any other failure has given the link back.
      const now = await registrations.describeLink(token)
      if (now && now.status !== "valid") throw LINK_STATUS_ERRORS[now.status]()
      throw error
    })

  await auditRequest(req, {
    action: "erp.registration_accepted",
    actor_type: "customer",
    actor_email: customer.email,
    company_id: result.company_id,
    details: { membership_id: result.membership_id, previous_role: result.previous_role, role: "admin" },
  })

  res.json({ company_id: result.company_id, membership_id: result.membership_id, role: "admin" })
})
