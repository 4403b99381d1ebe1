import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { ensureCompany, ensureMembership, loadDemoData } from "../seed"
import { ensureTotpFactor } from "../seed/mfa"
import { ensureBenchQuotes } from "./bench-quotes"

/**
 * Bench only (`npm run bench` runs it against its throw-away database):
 * BENCH_ACCOUNTS portal accounts bench-0000@bench.mymonitor.test … with the demo
 * password and an authenticator-app factor each. The TOTP replay guard lets one
 * account log in only a few times per 30 s, so the login + 2FA measurement needs
 * many. The first account registers through emailpass; the rest reuse its
 * password hash (one scrypt instead of hundreds) and are created in bulk.
 * Idempotent: existing bench accounts are kept. With BENCH_SUPPORT_COMPANIES=n the last account is
 * also a member (Användare, which has Support and Mina sidor) of n companies of its own, for the
 * cross-company ticket list (pair 7) and quote list (pair 8; BENCH_QUOTES_PER_COMPANY quotes each).
 */
export const BENCH_EMAIL_DOMAIN = "bench.mymonitor.test"
export const benchEmail = (n: number) => `bench-${String(n).padStart(4, "0")}@${BENCH_EMAIL_DOMAIN}`
const benchSupportCustomerNumber = (n: number) => `BENCH-S${String(n + 1).padStart(2, "0")}`

export default async function seedBenchAccounts({ container }: ExecArgs) {
  const logger = container.resolve("logger")
  const count = Number(process.env.BENCH_ACCOUNTS || 300)
  const password = loadDemoData().password
  const auth = container.resolve(Modules.AUTH)
  const customers = container.resolve(Modules.CUSTOMER)
  const emails = Array.from({ length: count }, (_, n) => benchEmail(n))

  const existing = new Set(
    (await auth.listProviderIdentities({ provider: "emailpass", entity_id: emails } as any, { select: ["entity_id"] } as any)).map(
      (p: any) => p.entity_id
    )
  )
  let missing = emails.filter((email) => !existing.has(email))

  if (missing.length) {
    const [first] = missing
    const registered = await auth.register("emailpass", { body: { email: first, password } } as any)
    if (!registered.success || !registered.authIdentity)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot register ${first}: ${registered.error}`)
    const [firstCustomer] = await customers.createCustomers([{ email: first, first_name: "Bench", last_name: "0", has_account: true }])
    await auth.updateAuthIdentities({ id: registered.authIdentity.id, app_metadata: { customer_id: firstCustomer.id } } as any)
    const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: first } as any)
    const hash: string | undefined = (identity as any)?.provider_metadata?.password
    if (!hash) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The bench account's password hash is not readable")
    missing = missing.slice(1)

    for (let start = 0; start < missing.length; start += 200) {
      const batch = missing.slice(start, start + 200)
      const created = await customers.createCustomers(
        batch.map((email) => ({ email, first_name: "Bench", last_name: email.slice(6, 10), has_account: true }))
      )
      const idOf = new Map(created.map((customer) => [customer.email, customer.id]))
      await auth.createAuthIdentities(
        batch.map((email) => ({
          provider_identities: [{ provider: "emailpass", entity_id: email, provider_metadata: { password: hash } }],
          app_metadata: { customer_id: idOf.get(email) },
        })) as any
      )
    }
  }

  // Every account (new or kept) has an enabled authenticator-app factor; a few at a time.
  const queue = [...emails]
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let email = queue.shift(); email; email = queue.shift()) await ensureTotpFactor(container, email)
    })
  )
  // The checkout round trip needs buyers with their own carts: the first BENCH_BUYERS accounts are
  // Användare in the demo's first company.
  const buyers = Number(process.env.BENCH_BUYERS || 10)
  const [company] = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ customer_number: loadDemoData().companies[0].customer_number }, { take: 1 })
  if (company) {
    const buyerCustomers = await customers.listCustomers({ email: emails.slice(0, buyers) }, { select: ["id"] })
    for (const customer of buyerCustomers) await ensureMembership(container, company.id, customer.id, "user")
  }
  const supportCompanies = await ensureSupportCompanies(container, benchEmail(count - 1))
  logger.info(
    `Bench accounts in place: ${count} (${count - existing.size} new), ${buyers} of them buyers in ${company?.name}` +
      (supportCompanies ? `; ${benchEmail(count - 1)} is in ${supportCompanies} support companies` : "")
  )
}

/** BENCH_SUPPORT_COMPANIES companies "Bänkföretag NN AB", each with `email` as Användare and its quotes. */
async function ensureSupportCompanies(container: ExecArgs["container"], email: string): Promise<number> {
  const wanted = Number(process.env.BENCH_SUPPORT_COMPANIES || 0)
  if (!wanted) return 0
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bench account ${email}`)
  for (let n = 0; n < wanted; n++) {
    const company = await ensureCompany(container, {
      name: `Bänkföretag ${String(n + 1).padStart(2, "0")} AB`,
      organisation_number: `559900-${String(n + 1).padStart(4, "0")}`,
      customer_number: benchSupportCustomerNumber(n),
    })
    await ensureMembership(container, company.id, customer.id, "user")
    await ensureBenchQuotes(container, company.id, customer.id, Number(process.env.BENCH_QUOTES_PER_COMPANY || 0))
  }
  return wanted
}
