import type { MedusaContainer } from "@medusajs/framework/types"
import { sendMessage, type SendMessageResult } from "@mymonitor/notifications"
import { PORTAL_ACCESS_MODULE, type PortalAccessModuleService } from "../modules/portal-access"
import { ENROLMENT_CODE_TTL_MINUTES } from "../modules/portal-access/service"

/**
 * Issues a fresh one-time code that lets this account set up its first second
 * factor (the earlier one dies), then e-mails it (template `enrolment-code`). The
 * code stands even if the e-mail fails: the failure is logged and recorded as a
 * failed notification, and the person can ask for a new code.
 */
export async function sendEnrolmentCode(container: MedusaContainer, authIdentityId: string, email: string): Promise<SendMessageResult> {
  const code = await container.resolve<PortalAccessModuleService>(PORTAL_ACCESS_MODULE).issueEnrolmentCode(authIdentityId)
  return sendMessage(container, {
    template: "enrolment-code",
    to: email,
    data: { code, ttlMinutes: ENROLMENT_CODE_TTL_MINUTES },
    trigger_type: "auth.enrolment_code_sent",
    resource_type: "auth_identity",
    resource_id: authIdentityId,
  })
}
