import { MedusaService } from "@medusajs/framework/utils"
import { AuditEvent } from "./models"

export type AuditActorType = "customer" | "user" | "erp" | "system" | "anonymous"

export type AuditRecord = {
  action: string
  actor_type: AuditActorType
  actor_id?: string | null
  actor_email?: string | null
  company_id?: string | null
  ip?: string | null
  user_agent?: string | null
  details?: Record<string, unknown> | null
}

class AuditModuleService extends MedusaService({ AuditEvent }) {
  /** Records one event; several when it concerns several companies (an invitation to two). */
  async record(event: AuditRecord, companyIds?: string[]): Promise<void> {
    const rows = (companyIds?.length ? companyIds : [event.company_id ?? null]).map((company_id) => ({
      ...event,
      company_id,
      actor_email: event.actor_email?.toLowerCase() ?? null,
    }))
    await this.createAuditEvents(rows)
  }
}

export default AuditModuleService
