import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { sendMessage } from "@mymonitor/notifications"
import { PORTAL_ACCESS_MODULE, type PortalAccessModuleService } from "../../../../modules/portal-access"
import { PASSWORD_RESET_TTL_MINUTES } from "../../../../modules/portal-access/service"
import type { PasswordResetRequest } from "../validators"

/**
 * "Glömt lösenord": e-mails a reset link to a portal account (template
 * `password-reset`). The answer is the same whether or not the address has an
 * account, and whether or not the e-mail could be sent: a failed send is logged
 * and recorded as a failed notification, and the link stands.
 */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof PasswordResetRequest>>, res: MedusaResponse) => {
  const { email } = req.validatedBody
  await enforceRateLimit("password_reset_ip", clientAddress(req))
  await enforceRateLimit("password_reset", email)
  const [identity] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
  const authIdentity = identity
    ? await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(identity.auth_identity_id as string)
    : undefined
  if (authIdentity && authIdentity.app_metadata?.customer_id) {
    const token = await req.scope.resolve<PortalAccessModuleService>(PORTAL_ACCESS_MODULE).issuePasswordReset(authIdentity.id, email)
    const link = portalUrl(`/sv/aterstall-losenord?token=${encodeURIComponent(token)}`)
    await sendMessage(req.scope, {
      template: "password-reset",
      to: email,
      data: { link, ttlMinutes: PASSWORD_RESET_TTL_MINUTES },
      trigger_type: "auth.password_reset_requested",
      resource_type: "auth_identity",
      resource_id: authIdentity.id,
    })
    await auditRequest(req, { action: "auth.password_reset_requested", actor_type: "anonymous", actor_email: email })
  }
  res.status(202).json({ status: "email_sent" })
})
