import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { forbidden, notFound } from "@mymonitor/common/lib/portal-errors"
import { membershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { roleGrantsArea } from "@mymonitor/portal-permissions/lib/role-areas"

export const ROLE_CHANGED = {
  sv: "Din roll i företaget tillåter inte längre köp i Monitor Store.",
  en: "Your role in the company no longer allows buying in Monitor Store.",
}

/**
 * Re-checks, right before the order is placed, that the buyer is still a member whose role
 * grants "store" (the role may have changed since the cart was filled).
 */
export const assertBuyerMayShopStep = createStep(
  "assert-buyer-may-shop",
  async (input: { company_id: string; customer_id: string }, { container }) => {
    const [membership] = await membershipSource().activeMemberships(container, input.customer_id, [input.company_id])
    if (!membership) throw notFound()
    if (!roleGrantsArea(membership.role, "store")) throw forbidden(ROLE_CHANGED)
    return new StepResponse(membership.role)
  }
)
