import { mkdirSync, writeFileSync } from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  MONITOR_REGISTRATION_MODULE,
  type MonitorRegistrationModuleService,
} from "@mymonitor/monitor-registration/modules/monitor-registration"
import { openSecret } from "@mymonitor/common/lib/secret-box"

/** The demo's ERP installation (scripts/demo-data.json `erp_installation`): a fixed id and a dev-only secret. */
export type DemoErpInstallation = { id: string; company: string; label: string; secret: string }

/** Where `npm run erp` finds the demo installation: the git-ignored .data folder beside scripts/. */
export function demoErpInstallationFile(): string {
  const demoData = process.env.MYMONITOR_DEMO_DATA || path.resolve(process.cwd(), "..", "scripts", "demo-data.json")
  const dataDir = process.env.MYMONITOR_DATA_DIR || path.resolve(path.dirname(demoData), "..", ".data")
  return path.join(dataDir, "demo-erp-installation.json")
}

/**
 * Idempotent: the demo company's ERP installation exists with the demo secret,
 * and .data/demo-erp-installation.json tells the ERP simulator its id and secret.
 * If vendor staff rotated or disabled it in the Medusa admin, it is left as they
 * made it (and the file is not written: the demo secret no longer works).
 */
export async function ensureDemoErpInstallation(container: MedusaContainer, companyId: string, demo: DemoErpInstallation) {
  const logger = container.resolve("logger")
  if (process.env.MYMONITOR_ENV === "production") {
    logger.warn(`Not creating the demo ERP installation ${demo.id}: its secret is public (dev only).`)
    return undefined
  }
  const service = container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
  const [existing] = await service.listErpInstallations({ id: demo.id }, { take: 1 })
  if (!existing) {
    await service.createInstallation({ id: demo.id, company_id: companyId, label: demo.label, secret: demo.secret })
  } else {
    let stored: string | undefined
    try {
      stored = openSecret({ ciphertext: existing.secret_ciphertext, key_id: existing.secret_key_id })
    } catch {
      stored = undefined
    }
    if (existing.status !== "active" || stored !== demo.secret) {
      logger.warn(`Demo ERP installation ${demo.id} was rotated or disabled in the Medusa admin; the demo secret no longer applies.`)
      return existing
    }
  }
  const file = demoErpInstallationFile()
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify({ installation: demo.id, secret: demo.secret, company_id: companyId }, null, 2) + "\n", {
      mode: 0o600,
    })
  } catch (error) {
    logger.warn(`Could not write ${file}: ${(error as Error).message}`)
  }
  return existing
}
