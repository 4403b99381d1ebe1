import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Author } from "./strapi-types"

type Resolver = { resolve<T>(key: string): T }

const nameOf = (customer: { first_name?: string | null; last_name?: string | null; email?: string | null }) =>
  [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email || ""

/** Customers as Strapi records them on a ticket (name, e-mail), by id. */
export async function authorsOf(container: Resolver, customerIds: readonly string[]): Promise<Map<string, Author>> {
  const unique = [...new Set(customerIds)]
  if (!unique.length) return new Map()
  const customers = await container
    .resolve<ICustomerModuleService>(Modules.CUSTOMER)
    .listCustomers({ id: unique }, { select: ["id", "first_name", "last_name", "email"], take: unique.length })
  return new Map(
    customers.map((customer) => [customer.id, { customerId: customer.id, name: nameOf(customer), email: customer.email ?? "" }])
  )
}

export async function authorOf(container: Resolver, customerId: string): Promise<Author> {
  return (await authorsOf(container, [customerId])).get(customerId) ?? { customerId, name: "", email: "" }
}
