import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody } from "@mymonitor/common/lib/http-validation"
import { publicAccess, requireStage, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { staffAuthGuard, staffMfaGuard } from "../lib/staff-guard"
import {
  ChallengeVerify,
  CodeOnly,
  CreateAccount,
  PasswordResetConfirm,
  PasswordResetRequest,
  PortalLogin,
  SmsEnrolment,
} from "./auth/portal/validators"

const anyStage = requireStage("password", "enrolment", "complete")

export default defineMiddlewares({
  routes: [
    // Vendor staff: rate limits, invitation-only registration, no oracle, mandatory second factor.
    { matcher: "/auth/user*", middlewares: [staffAuthGuard] },
    { matcher: "/auth/mfa/challenges*", middlewares: [staffAuthGuard] },
    { matcher: "/admin*", middlewares: [staffMfaGuard] },
    // The portal's login: the password step is public, each later step needs the stage before it.
    ...withAccess("portal-auth", [
      { matcher: "/auth/portal/login", method: ["POST"], access: publicAccess(), middlewares: [validateBody(PortalLogin)] },
      { matcher: "/auth/portal/accounts", method: ["POST"], access: publicAccess(), middlewares: [validateBody(CreateAccount)] },
      { matcher: "/auth/portal/links/:kind/:token", method: ["GET"], access: publicAccess() },
      {
        matcher: "/auth/portal/password-reset",
        method: ["POST"],
        access: publicAccess(),
        middlewares: [validateBody(PasswordResetRequest)],
      },
      {
        matcher: "/auth/portal/password-reset/confirm",
        method: ["POST"],
        access: publicAccess(),
        middlewares: [validateBody(PasswordResetConfirm)],
      },
      { matcher: "/auth/portal/session", method: ["GET"], access: anyStage },
      { matcher: "/auth/portal/logout", method: ["POST"], access: anyStage },
      { matcher: "/auth/portal/enrolment-code", method: ["POST"], access: requireStage("password") },
      {
        matcher: "/auth/portal/enrolment-code/verify",
        method: ["POST"],
        access: requireStage("password"),
        middlewares: [validateBody(CodeOnly)],
      },
      { matcher: "/auth/portal/mfa/challenge/sms", method: ["POST"], access: requireStage("password") },
      {
        matcher: "/auth/portal/mfa/challenge/verify",
        method: ["POST"],
        access: requireStage("password"),
        middlewares: [validateBody(ChallengeVerify)],
      },
      { matcher: "/auth/portal/mfa/totp", method: ["POST"], access: requireStage("enrolment") },
      { matcher: "/auth/portal/mfa/sms", method: ["POST"], access: requireStage("enrolment"), middlewares: [validateBody(SmsEnrolment)] },
      {
        matcher: "/auth/portal/mfa/factors/:id/verify",
        method: ["POST"],
        access: requireStage("enrolment"),
        middlewares: [validateBody(CodeOnly)],
      },
      { matcher: "/auth/portal*", access: requireStage("complete") },
    ]),
  ],
})
