import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { sendInvitationMail } from "../../lib/invitation-mail"
import { COMPANY_MODULE, type CompanyModuleService, type LinkDescription, type MembershipRole } from "../../modules/company"

export type SendInvitationsInput = {
  invited_by_customer_id: string | null
  inviter_name?: string | null
  invitations: { email: string; role: MembershipRole; company_ids: string[] }[]
  /** company id → name, for the e-mail */
  company_names: Record<string, string>
}

/**
 * Creates the invitations of a batch in one transaction and e-mails each its link.
 * The plain tokens exist only inside this step (they reach the e-mail, never the
 * workflow's stored state). If a mail cannot be sent, the batch is deleted again.
 */
export const createAndSendInvitationsStep = createStep(
  "create-and-send-invitations",
  async (input: SendInvitationsInput, { container }) => {
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
    const ids = created.map((row) => row.id)
    try {
      for (const [index, row] of input.invitations.entries()) {
        await sendInvitationMail({
          email: created[index].email,
          token: tokens[index].token,
          role: row.role,
          company_names: row.company_ids.map((id) => input.company_names[id] ?? id),
          inviter_name: input.inviter_name,
        })
      }
    } catch (error) {
      await companyService.deleteInvitations(ids)
      throw error
    }
    return new StepResponse(
      created.map((row, index) => ({ ...row, role: input.invitations[index].role, company_ids: input.invitations[index].company_ids })),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteInvitations(ids)
  }
)

export type ConsumeInvitationInput = { token: string; customer_id: string }

/** Uses the invitation link up (row-locked, single use); compensation makes it usable again. */
export const consumeInvitationStep = createStep(
  "consume-invitation",
  async (input: ConsumeInvitationInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const link = await companyService.consumeLink(input.token, { customer_id: input.customer_id })
    if (!link) throw new MedusaError(MedusaError.Types.NOT_FOUND, "link_unknown")
    if (link.status !== "valid") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `link_${link.status}`)
    return new StepResponse(link as LinkDescription, input.token)
  },
  async (token, { container }) => {
    if (!token) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreLink(token)
  }
)
