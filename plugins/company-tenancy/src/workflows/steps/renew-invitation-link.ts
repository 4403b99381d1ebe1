import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { discardKept, keepForNextStep } from "@mymonitor/common/lib/step-secrets"
import { newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { COMPANY_MODULE, type CompanyModuleService } from "../../modules/company"

type Previous = { id: string; token_hash: string; expires_at: Date; last_sent_at: Date; send_count: number }

/**
 * "Skicka igen": a new link for a pending invitation (new token, new validity
 * period); the previous link stops working at once. Throws the company module's
 * `INVITATION_NOT_PENDING` for an accepted or revoked one. Like
 * `createInvitationsStep`, the plain token goes to the next step by `tokens_ref`.
 * Compensation puts the previous link back.
 */
export const renewInvitationLinkStep = createStep(
  "renew-invitation-link",
  async (input: { invitation_id: string }, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [previous] = await companyService.listInvitations(
      { id: input.invitation_id },
      { select: ["id", "token_hash", "expires_at", "last_sent_at", "send_count"], take: 1 }
    )
    const { token, hash } = newSecretToken()
    const renewed = await companyService.renewInvitationToken(input.invitation_id, hash)
    const tokens_ref = keepForNextStep({ [renewed.id]: token })
    return new StepResponse({ invitation: renewed, tokens_ref }, { previous: (previous ?? null) as Previous | null, tokens_ref })
  },
  async (undo, { container }) => {
    if (!undo) return
    discardKept(undo.tokens_ref)
    if (!undo.previous) return
    const { id, token_hash, expires_at, last_sent_at, send_count } = undo.previous
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .updateInvitations({ id, token_hash, expires_at, last_sent_at, send_count })
  }
)
