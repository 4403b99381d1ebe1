import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { bilingual, sendMail } from "@mymonitor/notifications/lib/mailer"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { PORTAL_ACCESS_MODULE, type PortalAccessModuleService } from "../../../../modules/portal-access"
import { PASSWORD_RESET_TTL_MINUTES } from "../../../../modules/portal-access/service"
import type { PasswordResetRequest } from "../validators"

/**
 * "Glömt lösenord": e-mails a reset link to a portal account. The answer is the
 * same whether or not the address has an account.
 */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof PasswordResetRequest>>, res: MedusaResponse) => {
  const { email } = req.validatedBody
  await enforceRateLimit("password_reset_ip", clientAddress(req))
  await enforceRateLimit("password_reset", email)
  const [identity] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" } as any)
  const authIdentity = identity
    ? await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(identity.auth_identity_id as string)
    : undefined
  if (authIdentity && (authIdentity.app_metadata as any)?.customer_id) {
    const token = await req.scope.resolve<PortalAccessModuleService>(PORTAL_ACCESS_MODULE).issuePasswordReset(authIdentity.id, email)
    const link = portalUrl(`/sv/aterstall-losenord?token=${encodeURIComponent(token)}`)
    await sendMail({
      to: email,
      subject: "Återställ ditt lösenord i myMonitor / Reset your myMonitor password",
      text: bilingual(
        `Hej!\n\nÖppna länken för att välja ett nytt lösenord: ${link}\n\nLänken gäller i ${PASSWORD_RESET_TTL_MINUTES} minuter och kan användas en gång. Du loggar sedan in med ditt nya lösenord och din tvåstegsverifiering som vanligt. Bad du inte om detta kan du bortse från mejlet.`,
        `Hello,\n\nOpen the link to choose a new password: ${link}\n\nThe link is valid for ${PASSWORD_RESET_TTL_MINUTES} minutes and works once. You then log in with the new password and your two-factor authentication as usual. If you did not ask for this, ignore this e-mail.`
      ),
    })
    await auditRequest(req, { action: "auth.password_reset_requested", actor_type: "anonymous", actor_email: email })
  }
  res.status(202).json({ status: "email_sent" })
})
