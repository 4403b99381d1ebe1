import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enabledFactorsOf } from "../../../../lib/factors"
import { requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"

/** Where a session stands, so the portal can show the right step. */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["password", "enrolment", "complete"])
  const factors = await enabledFactorsOf(req.scope, session.auth_identity_id)
  let name: string | null = null
  if (session.portal_stage === "complete" && session.actor_id) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(session.actor_id)
    name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null
  }
  res.json({
    stage: session.portal_stage,
    email: session.portal_email,
    name,
    methods: factors.map((factor) => factor.provider),
    phone_hint: factors.find((factor) => factor.provider === "sms")?.metadata?.phone_hint ?? null,
  })
})
