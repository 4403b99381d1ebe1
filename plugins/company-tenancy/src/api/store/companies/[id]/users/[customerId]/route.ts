import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { memberNotFound, toPortalError } from "../../../../../../lib/user-management-errors"
import { changeMembershipRoleWorkflow, removeMembershipWorkflow } from "../../../../../../workflows/user-management"
import type { StoreChangeMemberRole } from "../../../../user-management/validators"

const CUSTOMER_ID_PATTERN = /^cus_[0-9A-Z]{26}$/

function target(req: AuthenticatedMedusaRequest) {
  const customerId = req.params.customerId
  if (!CUSTOMER_ID_PATTERN.test(customerId ?? "")) throw memberNotFound()
  return { company_id: req.params.id, customer_id: customerId }
}

/** PATCH /store/companies/:id/users/:customerId — "Tilldelad roll": a member's role in this company. */
export const PATCH = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreChangeMemberRole>, res: MedusaResponse) => {
  const { company_id, customer_id } = target(req)
  const { role } = req.validatedBody
  const { result } = await changeMembershipRoleWorkflow(req.scope)
    .run({ input: { company_id, customer_id, role } })
    .catch((error) => {
      throw toPortalError(error)
    })
  if (result.previous_role !== role) {
    await auditRequest(req, {
      action: "membership.role_changed",
      company_id,
      details: { customer_id, from: result.previous_role, to: role },
    })
  }
  res.json({ membership: { company_id, customer_id, role } })
})

/** DELETE /store/companies/:id/users/:customerId — removes the user from this company (and its customer group). */
export const DELETE = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id, customer_id } = target(req)
  const { result } = await removeMembershipWorkflow(req.scope)
    .run({ input: { company_id, customer_id } })
    .catch((error) => {
      throw toPortalError(error)
    })
  await auditRequest(req, {
    action: "membership.removed",
    company_id,
    details: { customer_id, role: result.role },
  })
  res.json({ id: result.membership_id, object: "membership", deleted: true })
})
