import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type LinkKind, linkOwner } from "../../lib/portal-links"

/** Spends a registration or invitation link; the compensation gives it back. */
export const claimLinkStep = createStep(
  "claim-portal-link",
  async (input: { kind: LinkKind; token: string }, { container }) => {
    const claimed = await linkOwner(container, input.kind).consumeLink(input.token)
    // Only the caller that gets "valid" spent the link; any other answer changed nothing.
    if (!claimed || claimed.status !== "valid") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The link is ${claimed?.status ?? "unknown"}`)
    }
    return new StepResponse(claimed, input)
  },
  async (input, { container }) => {
    if (input) await linkOwner(container, input.kind).restoreLink(input.token)
  }
)
