import { model } from "@medusajs/framework/utils"
import { AdminRegistration } from "./admin-registration"

export const ERP_INSTALLATION_STATUSES = ["active", "disabled"] as const
export type ErpInstallationStatus = (typeof ERP_INSTALLATION_STATUSES)[number]

/**
 * One company's Monitor ERP installation: the id the ERP sends in
 * X-Monitor-Installation and the shared HMAC secret. The secret must be used again
 * to check signatures, so it is sealed (AES-256-GCM, key id kept for rotation of
 * the encryption key), never hashed and never shown after creation or rotation.
 * An installation belongs to exactly one company; a company may have several.
 */
export const ErpInstallation = model
  .define("erp_installation", {
    id: model.id({ prefix: "inst" }).primaryKey(),
    company_id: model.text(),
    label: model.text().nullable(),
    secret_ciphertext: model.text(),
    secret_key_id: model.text(),
    status: model.enum([...ERP_INSTALLATION_STATUSES]).default("active"),
    rotated_at: model.dateTime().nullable(),
    disabled_at: model.dateTime().nullable(),
    registrations: model.hasMany(() => AdminRegistration, { mappedBy: "installation" }),
  })
  .indexes([{ on: ["company_id"], where: "deleted_at IS NULL" }])
