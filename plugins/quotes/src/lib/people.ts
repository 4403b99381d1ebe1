import type { ICustomerModuleService, IUserModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Decider } from "../modules/quote"

type Resolver = Pick<MedusaContainer, "resolve">

/** How the quote and its thread name a person: first and last name, else the e-mail. */
export const personName = (person: { first_name?: string | null; last_name?: string | null; email?: string | null }) =>
  [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email || ""

/** A portal user as the thread and the quote name them. */
export async function customerOf(container: Resolver, customerId: string): Promise<Decider & { email: string }> {
  const customer = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).retrieveCustomer(customerId)
  return { type: "customer", id: customer.id, name: personName(customer), email: customer.email }
}

/** A vendor staff member as the thread names them. */
export async function staffOf(container: Resolver, userId: string): Promise<Decider> {
  const user = await container.resolve<IUserModuleService>(Modules.USER).retrieveUser(userId)
  return { type: "staff", id: user.id, name: personName(user) }
}
