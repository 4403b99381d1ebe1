import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeSettingOf } from "@mymonitor/monitor-store/lib/store-region"
import { companyMembershipSource } from "@mymonitor/company-tenancy/lib/membership-source"
import { provideMembershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { QUOTE_MODULE, type QuoteModuleService } from "@mymonitor/quotes/modules/quote"
import { requestQuoteWorkflow } from "@mymonitor/quotes/workflows/request-quote"

/**
 * `wanted` quote requests of the customer in the company (bench pair 8), each a real draft order of
 * two catalog lines, through the same workflow as "Begär offert". Only the missing ones are made.
 */
export async function ensureBenchQuotes(container: MedusaContainer, companyId: string, customerId: string, wanted: number) {
  if (!wanted) return
  // `medusa exec` loads no API middlewares, where company-tenancy provides the membership source.
  provideMembershipSource(companyMembershipSource)
  const [, existing] = await container.resolve<QuoteModuleService>(QUOTE_MODULE).listAndCountQuotes({ company_id: companyId }, { take: 1 })
  if (existing >= wanted) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "variant", fields: ["id", "sku"], filters: { sku: ["MON-USER", "MON-REPORTS"] } })
  const setting = await storeSettingOf(container)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
  const email = (customers[0] as { email: string }).email
  for (let n = existing; n < wanted; n++) {
    await requestQuoteWorkflow(container).run({
      input: {
        company_id: companyId,
        customer_id: customerId,
        customer_email: email,
        author_name: "Bench",
        region_id: setting.region_id,
        sales_channel_id: setting.sales_channel_id,
        items: (variants as { id: string }[]).map((variant) => ({ variant_id: variant.id, quantity: 1 + (n % 5) })),
        message: `Offertförfrågan ${n + 1}`,
        your_reference: null,
      },
    })
  }
}
