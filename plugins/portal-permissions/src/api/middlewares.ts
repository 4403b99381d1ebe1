import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/portal-security/lib/http-validation"
import { refusePoweredByHeader } from "@mymonitor/portal-security/lib/powered-by"
import { COMPANY_AREA_ROUTES, requireArea } from "../lib/area-guard"
import { portalSessionGuard } from "../lib/portal-session-guard"
import { staffAuthGuard, staffMfaGuard } from "../lib/staff-guard"
import {
  AuditEventsQuery,
  ChallengeVerify,
  CodeOnly,
  CreateAccount,
  PasswordResetConfirm,
  PasswordResetRequest,
  PortalLogin,
  SmsEnrolment,
} from "./auth/portal/validators"

refusePoweredByHeader()

export default defineMiddlewares({
  routes: [
    // The one gate: every customer-facing route, core or ours (see SESSION_RULES).
    { matcher: "/store*", middlewares: [portalSessionGuard] },
    { matcher: "/auth*", middlewares: [portalSessionGuard] },
    // Vendor staff: rate limits, invitation-only registration, no oracle, mandatory second factor.
    { matcher: "/auth/user*", middlewares: [staffAuthGuard] },
    { matcher: "/auth/mfa/challenges*", middlewares: [staffAuthGuard] },
    { matcher: "/admin*", middlewares: [staffMfaGuard] },
    // The role check per company area (404 for non-members, 403 for a role without the area).
    ...COMPANY_AREA_ROUTES.map(({ matcher, area }) => ({
      matcher,
      middlewares: [authenticate("customer", ["bearer"]), requireArea(area)],
    })),
    { matcher: "/auth/portal/login", method: ["POST"], middlewares: [validateBody(PortalLogin)] },
    { matcher: "/auth/portal/accounts", method: ["POST"], middlewares: [validateBody(CreateAccount)] },
    { matcher: "/auth/portal/password-reset", method: ["POST"], middlewares: [validateBody(PasswordResetRequest)] },
    { matcher: "/auth/portal/password-reset/confirm", method: ["POST"], middlewares: [validateBody(PasswordResetConfirm)] },
    { matcher: "/auth/portal/enrolment-code/verify", method: ["POST"], middlewares: [validateBody(CodeOnly)] },
    { matcher: "/auth/portal/mfa/sms", method: ["POST"], middlewares: [validateBody(SmsEnrolment)] },
    { matcher: "/auth/portal/mfa/factors/:id/verify", method: ["POST"], middlewares: [validateBody(CodeOnly)] },
    { matcher: "/auth/portal/mfa/challenge/verify", method: ["POST"], middlewares: [validateBody(ChallengeVerify)] },
    { matcher: "/store/companies/:id/audit-events", method: ["GET"], middlewares: [validateQuery(AuditEventsQuery)] },
  ],
})
