import { bearer, callBackend, type BackendResult } from "./backend"

export interface Customer {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export async function retrieveCurrentCustomer(token: string): Promise<BackendResult<Customer>> {
  const result = await callBackend<{ customer: Customer }>("/store/customers/me", { headers: bearer(token) })
  return result.ok ? { ok: true, data: result.data.customer } : result
}

export function customerDisplayName(customer: Customer): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim()
  return name || customer.email
}
