import { model } from "@medusajs/framework/utils"
import { ErpInstallation } from "./erp-installation"

/**
 * One "Registrera dig som admin för myMonitor" request from an ERP: the e-mailed
 * link's token is stored only as its SHA-256 hash, is single use (used_at) and
 * expires (72 h by default). request_id is the ERP's idempotency key, unique per
 * installation (a replay answers 409).
 */
export const AdminRegistration = model
  .define("admin_registration", {
    id: model.id({ prefix: "areg" }).primaryKey(),
    request_id: model.text(),
    email: model.text(),
    erp_user: model.json(),
    erp_version: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    installation: model.belongsTo(() => ErpInstallation, { mappedBy: "registrations" }),
  })
  .indexes([{ on: ["installation_id", "request_id"], unique: true }, { on: ["email", "created_at"] }])
