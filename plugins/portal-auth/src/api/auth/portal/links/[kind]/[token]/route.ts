import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { accountExists, assertUsable, grantedCompanies, linkNotFound } from "../../../../../../lib/link-answers"
import { LINK_KINDS, type LinkKind, linkOwner } from "../../../../../../lib/portal-links"

/** What a registration or invitation link offers, so its page can greet the person. */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const kind = req.params.kind as LinkKind
  if (!LINK_KINDS.includes(kind)) throw linkNotFound()
  await enforceRateLimit("registration_ip", clientAddress(req))
  const link = assertUsable(await linkOwner(req.scope, kind).describeLink(req.params.token))
  res.json({
    kind,
    email: link.email,
    companies: await grantedCompanies(req.scope, link),
    account_exists: await accountExists(req.scope, link.email),
  })
})
