import type { MedusaContainer } from "@medusajs/framework/types"
import { bilingual, sendMail } from "@mymonitor/notifications/lib/mailer"
import { ENROLMENT_CODE_TTL_MINUTES } from "../modules/portal-access/service"
import { PORTAL_ACCESS_MODULE, type PortalAccessModuleService } from "../modules/portal-access"

/** E-mails a fresh one-time code that lets this account set up its first second factor. */
export async function sendEnrolmentCode(container: MedusaContainer, authIdentityId: string, email: string) {
  const code = await container.resolve<PortalAccessModuleService>(PORTAL_ACCESS_MODULE).issueEnrolmentCode(authIdentityId)
  await sendMail({
    to: email,
    subject: "Din kod för att slutföra inloggningen i myMonitor / Your myMonitor sign-in code",
    text: bilingual(
      `Hej!\n\nDitt konto i myMonitor saknar ännu tvåstegsverifiering. Ange den här koden för att ställa in den: ${code}\n\nKoden gäller i ${ENROLMENT_CODE_TTL_MINUTES} minuter. Har du inte försökt logga in? Byt lösenord och kontakta din administratör.`,
      `Hello,\n\nYour myMonitor account has no two-factor authentication yet. Enter this code to set it up: ${code}\n\nThe code is valid for ${ENROLMENT_CODE_TTL_MINUTES} minutes. Did you not try to log in? Change your password and contact your administrator.`
    ),
  })
}
