import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { conflict, notFound } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService, type CompanyCartRow } from "../modules/company-commerce"

export const cartNotFound = () => notFound({ sv: "Varukorgen hittades inte.", en: "The cart was not found." })
export const cartCompleted = () =>
  conflict("cart_completed", { sv: "Varukorgen är redan beställd.", en: "The cart has been ordered already." })

/**
 * The cart of the URL, if it is the caller's cart in the URL's company (the access layer has
 * checked the caller's role there). Another customer's cart, or the caller's cart of another
 * company, is "not found" — at every step, completion included.
 */
export async function ownedCartOf(req: AuthenticatedMedusaRequest, options: { open?: boolean } = {}): Promise<CompanyCartRow> {
  const { company_id, customer_id } = companyMembershipOf(req)
  const commerce = req.scope.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const cart = await commerce.ownedCart(String(req.params.cartId), company_id, customer_id)
  if (!cart) throw cartNotFound()
  if (options.open && cart.completed_at) throw cartCompleted()
  return cart
}
