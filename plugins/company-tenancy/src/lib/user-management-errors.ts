import { MedusaError } from "@medusajs/framework/utils"
import { conflict, gone, notFound, PortalError } from "@mymonitor/common/lib/portal-errors"
import { INVITATION_NOT_PENDING, LAST_ADMIN } from "../modules/company"

export const lastAdministrator = () =>
  conflict(LAST_ADMIN, {
    sv: "Företaget måste ha minst en administratör. Utse en annan administratör först.",
    en: "The company must keep at least one administrator. Make someone else administrator first.",
  })

export const memberNotFound = () => notFound({ sv: "Användaren hittades inte.", en: "User not found." })

export const invitationNotPending = () =>
  conflict(INVITATION_NOT_PENDING, {
    sv: "Inbjudan är redan accepterad eller återkallad.",
    en: "The invitation has already been accepted or revoked.",
  })

export const LINK_ERRORS = {
  used: () => gone("link_used", { sv: "Länken har redan använts.", en: "The link has already been used." }),
  expired: () =>
    gone("link_expired", {
      sv: "Länken har gått ut. Be administratören skicka inbjudan igen.",
      en: "The link has expired. Ask the administrator to send the invitation again.",
    }),
  revoked: () => gone("link_revoked", { sv: "Inbjudan har återkallats.", en: "The invitation has been revoked." }),
  unknown: () => notFound({ sv: "Inbjudan hittades inte.", en: "Invitation not found." }),
} as const

/** Maps the company module's errors (thrown inside workflows) to the portal's answers; others pass through. */
export function toPortalError(error: unknown): unknown {
  if (error instanceof PortalError) return error
  const { message, type } = (error ?? {}) as { message?: string; type?: string }
  if (message === LAST_ADMIN) return lastAdministrator()
  if (message === INVITATION_NOT_PENDING) return invitationNotPending()
  if (message?.startsWith("link_")) {
    const kind = message.slice(5) as keyof typeof LINK_ERRORS
    if (kind in LINK_ERRORS) return LINK_ERRORS[kind]()
  }
  if (type === MedusaError.Types.NOT_FOUND && /^Member /.test(message ?? "")) return memberNotFound()
  return error
}
