import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor } from "../../src/seed"
import { completePortalSession } from "./portal-session"

/** The people and companies of the support-desk spec, and small helpers it shares. */

const PASSWORD = "Test-password-2026"

export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

export type People = "sara" | "ulf" | "olle" | "sven"
export type Fixtures = { publishableKey: string; a: string; b: string; c: string; tokens: Record<People, string> }

export async function createFixtures(container: MedusaContainer, api: Parameters<typeof completePortalSession>[0]): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const a = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2344", customer_number: "70001" })
  const b = await ensureCompany(container, { name: "Bageri Syd AB", organisation_number: "556202-3455", customer_number: "70002" })
  const c = await ensureCompany(container, { name: "Cykel Öst AB", organisation_number: "556303-4566", customer_number: "70003" })
  const people: [People, string, [string, "admin" | "user" | "support"][]][] = [
    // Supportanvändare in A, Administratör in B: the acceptance's user.
    [
      "sara",
      "Sara",
      [
        [a.id, "support"],
        [b.id, "admin"],
      ],
    ],
    ["ulf", "Ulf", [[a.id, "user"]]],
    ["olle", "Olle", [[c.id, "admin"]]],
    ["sven", "Sven", [[a.id, "support"]]],
  ]
  const tokens = {} as Record<People, string>
  for (const [key, firstName, memberships] of people) {
    const email = `${key}@example.se`
    const customer = await ensurePortalUser(container, { email, first_name: firstName, last_name: "Test" }, PASSWORD)
    await ensureTotpFactor(container, email)
    for (const [companyId, role] of memberships) await ensureMembership(container, companyId, customer.id, role)
  }
  for (const [key] of people) tokens[key] = await completePortalSession(api, container, `${key}@example.se`, PASSWORD)
  return { publishableKey, a: a.id, b: b.id, c: c.id, tokens }
}

export async function waitFor<T>(read: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value) return value
    if (Date.now() > deadline) throw new Error("waited in vain")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
