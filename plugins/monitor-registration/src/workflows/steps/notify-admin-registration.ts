import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { takeFromPreviousStep } from "@mymonitor/common/lib/step-secrets"
import { sendRegistrationMessage } from "../../lib/registration-message"

export type NotifyAdminRegistrationInput = {
  registration_id: string
  email: string
  /** The previous step's one-time reference to the plain link token. */
  token_ref: string
  company_name: string
  erp_user_name?: string | null
}

export type AdminRegistrationNotified = { email_sent: boolean; notification_id: string | null }

/**
 * E-mails the registration link through the notification module. Never fails and
 * has nothing to compensate: a mail that cannot be sent is logged and recorded as
 * a failed notification, and the registration stands.
 */
export const notifyAdminRegistrationStep = createStep(
  "notify-admin-registration",
  async (input: NotifyAdminRegistrationInput, { container }) => {
    const token = takeFromPreviousStep<string>(input.token_ref)
    if (!token) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`The registration ${input.registration_id} was not e-mailed: its link is no longer at hand in this process`)
      return new StepResponse<AdminRegistrationNotified>({ email_sent: false, notification_id: null })
    }
    const sent = await sendRegistrationMessage(container, {
      registration_id: input.registration_id,
      email: input.email,
      token,
      company_name: input.company_name,
      erp_user_name: input.erp_user_name,
    })
    return new StepResponse<AdminRegistrationNotified>({ email_sent: sent.ok, notification_id: sent.notificationId ?? null })
  }
)
