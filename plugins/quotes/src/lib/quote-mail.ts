import type { MedusaContainer } from "@medusajs/framework/types"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { sendMessage } from "@mymonitor/notifications/lib/send-message"
import type { TemplateData, TemplateName } from "@mymonitor/notifications/templates/index"
import type { QuoteRow } from "../modules/quote"
import { portalQuotePath, type Recipient } from "./recipients"

type Resolver = Pick<MedusaContainer, "resolve">

/** What every quote mail names: the number, the company and the portal link. */
export async function quoteMailFacts(container: Resolver, quote: QuoteRow) {
  const company = await companySummaryOf(container, quote.company_id)
  return {
    quoteNumber: String(quote.display_id),
    companyName: company?.name ?? "",
    link: portalUrl(portalQuotePath(quote.id, quote.company_id)),
  }
}

/** One template to each recipient, through the Notification Module. */
export async function mailEach<N extends TemplateName>(
  container: Resolver,
  recipients: Recipient[],
  template: N,
  data: TemplateData<N>,
  quote: QuoteRow,
  trigger: string
) {
  for (const recipient of recipients) {
    await sendMessage(container, {
      template,
      to: recipient.email,
      data,
      trigger_type: trigger,
      resource_type: "quote",
      resource_id: quote.id,
      receiver_id: recipient.receiver_id,
    })
  }
}

/** YYYY-MM-DD of a moment, in Swedish time. */
export const swedishDate = (date: Date | string) => new Date(date).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" })
