import { readFileSync } from "fs"
import path from "path"
import type { DemoBilling } from "./company-store"

export type DemoRole = "admin" | "user" | "support"
export type DemoData = {
  password: string
  companies: {
    handle: string
    name: string
    organisation_number: string
    customer_number: string
    erp_version: string
    activated: boolean
    /** Billing details for invoices (billing profile); the name is the company's. */
    billing?: DemoBilling
    /** "Företagspriser": the company's own prices by SKU, SEK excluding VAT. */
    prices?: Record<string, number>
  }[]
  users: {
    email: string
    first_name: string
    last_name: string
    phone?: string
    memberships: { company: string; role: DemoRole }[]
  }[]
  medusa_admin: { email: string; password: string }
}

/** The demo data shared by the seed, the start banner and the browser tests (scripts/demo-data.json). */
export function loadDemoData(): DemoData {
  const file = process.env.MYMONITOR_DEMO_DATA || path.resolve(process.cwd(), "..", "scripts", "demo-data.json")
  return JSON.parse(readFileSync(file, "utf8"))
}
