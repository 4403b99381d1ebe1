import type { MedusaContainer } from "@medusajs/framework/types"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { sendMessage, type SendMessageResult } from "@mymonitor/notifications"
import { registrationTtlHours } from "../modules/monitor-registration"

/** The storefront's registration page: `/[locale]/registrera?token=` (the link opens the Swedish one). */
export function registrationLink(token: string, locale: "sv" | "en" = "sv"): string {
  return portalUrl(`/${locale}/registrera?token=${encodeURIComponent(token)}`)
}

export type RegistrationNotice = {
  registration_id: string
  email: string
  /** The link's plain token: it reaches the e-mail, never the stored notification. */
  token: string
  company_name: string
  erp_user_name?: string | null
}

/**
 * E-mails a Monitor-ansvarig the single-use registration link (template
 * `registration` of @mymonitor/notifications), the same text whether or not the
 * address already has an account. Never throws: a failed send is logged and
 * recorded as a failed notification.
 */
export function sendRegistrationMessage(container: MedusaContainer, notice: RegistrationNotice): Promise<SendMessageResult> {
  return sendMessage(container, {
    template: "registration",
    to: notice.email,
    data: {
      link: registrationLink(notice.token),
      companyName: notice.company_name,
      erpUserName: notice.erp_user_name || null,
      ttlHours: registrationTtlHours(),
    },
    trigger_type: "erp.registration_requested",
    resource_type: "admin_registration",
    resource_id: notice.registration_id,
  })
}
