import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authIdentityIdsOfCustomer } from "@mymonitor/portal-permissions/lib/customer-identities"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "@mymonitor/portal-permissions/modules/portal-session"
import { COMPANY_MODULE, type CompanyModuleService } from "../../modules/company"

/**
 * A person removed from their last company has no reason to stay logged in: their
 * sessions end at once. Runs last, after the removal is certain; nothing to undo.
 */
export const endSessionsWithoutMembershipStep = createStep(
  "end-sessions-without-membership",
  async (input: { customer_id: string }, { container }) => {
    const remaining = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listMemberships({ customer_id: input.customer_id, status: "active" }, { select: ["id"], take: 1 })
    if (remaining.length) return new StepResponse(0)
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: input.customer_id }, { select: ["id", "email"], take: 1 })
    if (!customer) return new StepResponse(0)
    const identityIds = await authIdentityIdsOfCustomer(container, customer as { id: string; email: string })
    const ended = await container.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE).endSessionsOf(identityIds, "removed")
    return new StepResponse(ended)
  }
)
