import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalidData } from "@mymonitor/common/lib/portal-errors"
import { assertInCatalog } from "@mymonitor/monitor-store/lib/catalog-variant"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "@mymonitor/monitor-store/modules/company-commerce"

export type RequestedLine = { variant_id: string; quantity: number }

const emptyCart = () =>
  invalidData({ cart_id: [{ sv: "Varukorgen är tom eller finns inte.", en: "The cart is empty or does not exist." }] })

/**
 * The lines of a quote request: the caller's open cart in the company (another's cart reads as empty),
 * or the given lines; every variant must be sold in Monitor Store.
 */
export async function requestedLinesOf(
  container: MedusaContainer,
  body: { cart_id?: string; items?: RequestedLine[] },
  who: { company_id: string; customer_id: string }
): Promise<RequestedLine[]> {
  let lines = body.items ?? []
  if (body.cart_id) {
    const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
    const cart = await commerce.ownedCart(body.cart_id, who.company_id, who.customer_id)
    if (!cart || cart.completed_at) throw emptyCart()
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "items.variant_id", "items.quantity"],
      filters: { id: cart.cart_id },
    })
    const items = (data[0] as { items?: { variant_id: string | null; quantity: number | string }[] } | undefined)?.items ?? []
    lines = items.filter((item) => item.variant_id).map((item) => ({ variant_id: item.variant_id!, quantity: Number(item.quantity) }))
    if (!lines.length) throw emptyCart()
  }
  for (const line of lines) await assertInCatalog(container, line.variant_id)
  return lines
}
