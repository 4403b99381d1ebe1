import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { gone, invalidData, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "@mymonitor/portal-permissions/modules/portal-session"
import { PASSWORD_MESSAGES, passwordProblems } from "../../../../../lib/password-policy"
import { PORTAL_ACCESS_MODULE, type PortalAccessModuleService } from "../../../../../modules/portal-access"
import type { PasswordResetConfirm } from "../../validators"

/**
 * Sets the new password. It grants no session: the person logs in with the new
 * password and then passes their second factor, so a reset never skips 2FA.
 */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof PasswordResetConfirm>>, res: MedusaResponse) => {
  const { token, password } = req.validatedBody
  await enforceRateLimit("password_reset_ip", clientAddress(req))
  const problems = passwordProblems(password)
  if (problems.length) throw invalidData({ password: problems.map((problem) => PASSWORD_MESSAGES[problem]) })
  const reset = await req.scope.resolve<PortalAccessModuleService>(PORTAL_ACCESS_MODULE).consumePasswordReset(token)
  if (!reset)
    throw gone("link_expired", {
      sv: "Länken har gått ut eller redan använts. Be om en ny.",
      en: "The link has expired or was already used. Ask for a new one.",
    })
  const updated = await req.scope.resolve(Modules.AUTH).updateProvider("emailpass", { entity_id: reset.email, password })
  if (!updated.success) throw new Error(`Password update failed: ${updated.error}`)
  // Whoever knew the old password is logged out everywhere.
  const ended = await req.scope
    .resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE)
    .endSessionsOf([reset.auth_identity_id], "password_reset")
  await auditRequest(req, {
    action: "auth.password_reset",
    actor_type: "anonymous",
    actor_email: reset.email,
    details: { sessions_ended: ended },
  })
  res.json({ status: "password_changed" })
})
