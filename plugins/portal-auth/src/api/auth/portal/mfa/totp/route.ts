import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AuthMfaStartResponse } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import QRCode from "qrcode"
import { assertNoFactorYet } from "../../../../../lib/factors"
import { mfaFailure } from "../../../../../lib/mfa-errors"
import { requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"

/** Begins the authenticator-app setup: the QR code and the same key as text for manual entry. */
export const POST = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["enrolment"])
  await assertNoFactorYet(req.scope, session.auth_identity_id)
  const auth = req.scope.resolve(Modules.AUTH)
  let enrolment: AuthMfaStartResponse
  try {
    enrolment = await auth.startAuthMfa({
      auth_identity_id: session.auth_identity_id,
      provider: "totp",
      label: session.portal_email,
      issuer: "myMonitor",
    })
  } catch (error) {
    throw mfaFailure(error)
  }
  const qr_code_svg = await QRCode.toString(enrolment.otpauth_url, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
  res.json({ factor_id: enrolment.mfa.id, secret: enrolment.secret, otpauth_url: enrolment.otpauth_url, qr_code_svg })
})
