import type { ICustomerModuleService, IUserModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Decider } from "../modules/quote"

type Resolver = Pick<MedusaContainer, "resolve">

/** A portal user as the thread and the quote name them. */
export async function customerOf(container: Resolver, customerId: string): Promise<Decider & { email: string }> {
  const customer = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).retrieveCustomer(customerId)
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  return { type: "customer", id: customer.id, name, email: customer.email }
}

/** A vendor staff member as the thread names them. */
export async function staffOf(container: Resolver, userId: string): Promise<Decider> {
  const user = await container.resolve<IUserModuleService>(Modules.USER).retrieveUser(userId)
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  return { type: "staff", id: user.id, name }
}
