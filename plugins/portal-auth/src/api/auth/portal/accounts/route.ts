import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { conflict, invalidData, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { hashSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { accountExists, assertUsable } from "../../../../lib/link-answers"
import { PASSWORD_MESSAGES, passwordProblems } from "../../../../lib/password-policy"
import { linkOwner } from "../../../../lib/portal-links"
import { issuePortalToken } from "@mymonitor/portal-permissions/lib/portal-session"
import { createPortalAccountWorkflow } from "../../../../workflows/create-portal-account"
import type { CreateAccount } from "../validators"

function splitName(name: string) {
  const parts = name.trim().split(/\s+/)
  return { first_name: parts[0], last_name: parts.slice(1).join(" ") }
}

/**
 * "Registrera konto" from a registration or invitation link: a new account with
 * exactly the link's memberships. The answer is an `enrolment` session — the
 * only kind that may set up a first second factor without an e-mailed code.
 */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof CreateAccount>>, res: MedusaResponse) => {
  const { link, name, phone, password } = req.validatedBody
  await enforceRateLimit("registration_ip", clientAddress(req))
  await enforceRateLimit("registration", hashSecretToken(link.token))
  const described = assertUsable(await linkOwner(req.scope, link.kind).describeLink(link.token))
  const problems = passwordProblems(password, described.email)
  if (problems.length) throw invalidData({ password: problems.map((problem) => PASSWORD_MESSAGES[problem]) })
  if (await accountExists(req.scope, described.email)) {
    throw conflict("account_exists", {
      sv: "Det finns redan ett konto för adressen. Logga in för att fortsätta.",
      en: "An account already exists for this address. Log in to continue.",
    })
  }
  const { result } = await createPortalAccountWorkflow(req.scope).run({
    input: { link, ...splitName(name), phone: phone || null, password },
  })
  const companyIds = result.grants.map((grant) => grant.company_id)
  const actor = { actor_type: "customer" as const, actor_id: result.customer.id, actor_email: result.email }
  await auditRequest(
    req,
    { action: "account.registered", ...actor, details: { via: link.kind, roles: result.grants.map((grant) => grant.role) } },
    companyIds
  )
  if (link.kind === "invitation")
    await auditRequest(req, { action: "invitation.accepted", ...actor, details: { new_account: true } }, companyIds)
  const token = await issuePortalToken(req.scope, { authIdentityId: result.authIdentityId, email: result.email, stage: "enrolment" })
  res.status(201).json({ token, stage: "enrolment" })
})
