import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { discardKept, keepForNextStep } from "@mymonitor/common/lib/step-secrets"
import { newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "../../modules/company"

export type CreateInvitationsInput = {
  invited_by_customer_id: string | null
  invitations: { email: string; role: MembershipRole; company_ids: string[] }[]
}

export type CreatedInvitation = { id: string; email: string; expires_at: Date; role: MembershipRole; company_ids: string[] }

/**
 * Creates the invitations of a batch (with their grants) in one transaction; only
 * each link token's hash is stored. The plain tokens go to the next step (the
 * e-mails) by a one-time reference, `tokens_ref`, so they never enter the
 * workflow's stored state. Compensation deletes the batch.
 */
export const createInvitationsStep = createStep(
  "create-invitations",
  async (input: CreateInvitationsInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const tokens = input.invitations.map(() => newSecretToken())
    const created = await companyService.createInvitationsWithGrants(
      input.invitations.map((row, index) => ({
        email: row.email,
        token_hash: tokens[index].hash,
        invited_by_customer_id: input.invited_by_customer_id,
        grants: row.company_ids.map((company_id) => ({ company_id, role: row.role })),
      }))
    )
    const tokens_ref = keepForNextStep(Object.fromEntries(created.map((row, index) => [row.id, tokens[index].token])))
    const invitations: CreatedInvitation[] = created.map((row, index) => ({
      ...row,
      role: input.invitations[index].role,
      company_ids: input.invitations[index].company_ids,
    }))
    return new StepResponse({ invitations, tokens_ref }, { ids: created.map((row) => row.id), tokens_ref })
  },
  async (undo, { container }) => {
    if (!undo) return
    discardKept(undo.tokens_ref)
    if (undo.ids.length) await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteInvitations(undo.ids)
  }
)
