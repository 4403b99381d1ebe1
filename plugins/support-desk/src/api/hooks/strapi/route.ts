import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fieldErrorsOf } from "@mymonitor/common/lib/http-validation"
import { invalidData, unauthorized, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { handleHookEvent } from "../../../lib/hook-events"
import { SIGNATURE_HEADER, verifyStrapiSignature } from "../../../lib/strapi-signature"
import { supportDeskOf } from "../../../lib/support-desk"
import { StrapiHookEvent } from "./validators"

/**
 * POST /hooks/strapi — Strapi's outbox pushes (a staff reply, a status change, a close notice).
 * The signature over the raw bytes and the clock (±5 min) are checked first (401); an event id
 * seen before is acknowledged without mailing again; when Strapi cannot be read back the event
 * is released and the answer is 503, so the outbox retries it.
 */
export const POST = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const desk = supportDeskOf(req.scope)
  const signature = req.get(SIGNATURE_HEADER)
  if (!verifyStrapiSignature(signature, req.rawBody as Buffer | undefined, desk.webhookSecret())) {
    throw unauthorized(
      {
        sv: "Anropet kunde inte verifieras: fel signatur eller fel tid.",
        en: "The call could not be verified: bad signature or clock skew.",
      },
      "invalid_signature"
    )
  }
  const parsed = StrapiHookEvent.safeParse(req.body)
  if (!parsed.success) throw invalidData(fieldErrorsOf(parsed.error))
  const event = parsed.data
  if (!(await desk.claimHookEvent(event.id, event.type))) return res.status(200).json({ received: true, duplicate: true })
  try {
    const mailed = await handleHookEvent(req.scope, event)
    res.status(200).json({ received: true, duplicate: false, mailed })
  } catch (error) {
    await desk.releaseHookEvent(event.id)
    throw error
  }
})
