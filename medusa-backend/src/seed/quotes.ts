import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { storeSettingOf } from "@mymonitor/monitor-store/lib/store-region"
import { companyMembershipSource } from "@mymonitor/company-tenancy/lib/membership-source"
import { provideMembershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { QUOTE_MODULE, type QuoteModuleService } from "@mymonitor/quotes/modules/quote"
import { personName } from "@mymonitor/quotes/lib/people"
import { endOfSwedishDay } from "@mymonitor/quotes/lib/quote-status"
import { requestQuoteWorkflow } from "@mymonitor/quotes/workflows/request-quote"
import { sendQuoteWorkflow } from "@mymonitor/quotes/workflows/send-quote"

/**
 * A sent demo quote (Mina sidor › Offerter): the requester asks for user licenses for the company, and
 * Monitor has sent it, valid 30 days. Only when the company has no quote yet, so a second run adds none.
 */
export async function ensureDemoQuote(
  container: MedusaContainer,
  input: { company_id: string; requester_email: string; lines: { variant_id: string; quantity: number }[] }
) {
  // `medusa exec` loads no API middlewares, where company-tenancy provides the access layer's membership
  // source; the request workflow checks the requester's role through it.
  provideMembershipSource(companyMembershipSource)
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  if ((await quotes.listQuotes({ company_id: input.company_id }, { take: 1 })).length) return
  const [customer] = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).listCustomers({ email: input.requester_email })
  if (!customer) return
  const setting = await storeSettingOf(container)
  const { result: quote } = await requestQuoteWorkflow(container).run({
    input: {
      company_id: input.company_id,
      customer_id: customer.id,
      customer_email: customer.email,
      author_name: personName(customer),
      region_id: setting.region_id,
      sales_channel_id: setting.sales_channel_id,
      items: input.lines,
      message:
        "Vi planerar att ta in fem nya medarbetare i produktionen. Kan ni ge oss ett pris på användarlicenser och rapportgeneratorn?",
      your_reference: "Inköp 2027-014",
    },
  })
  // Valid through the 30th day from now, Swedish time, as "Giltig till" in the admin sets it.
  const validThrough = endOfSwedishDay(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10))
  await sendQuoteWorkflow(container).run({ input: { quote_id: quote.id, valid_until: validThrough } })
}
