import { model } from "@medusajs/framework/utils"

/**
 * One security event: who did what, in which company, when and from where.
 * Rows are only ever added; nothing in the portal updates or deletes them.
 */
export const AuditEvent = model
  .define("audit_event", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    action: model.text(),
    actor_type: model.enum(["customer", "user", "erp", "system", "anonymous"]),
    actor_id: model.text().nullable(),
    actor_email: model.text().nullable(),
    company_id: model.text().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["company_id", "created_at"] }, { on: ["action", "created_at"] }, { on: ["actor_id"] }])
