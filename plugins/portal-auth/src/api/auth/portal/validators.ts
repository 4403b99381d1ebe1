import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { z } from "@medusajs/framework/zod"

const email = z
  .string()
  .trim()
  .toLowerCase()
  .email(fieldMessage({ sv: "Ange en giltig e-postadress.", en: "Enter a valid e-mail address." }))
  .max(254)
const SIX_DIGITS = fieldMessage({ sv: "Ange sex siffror.", en: "Enter six digits." })

const sixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/, SIX_DIGITS)

export const PortalLogin = z.object({ email, password: z.string().min(1).max(500) }).strict()

export const ChallengeVerify = z
  .object({
    method: z.enum(["totp", "sms", "recovery_code"]),
    code: z.string().trim().min(6).max(64),
  })
  .strict()
  .refine((body) => body.method === "recovery_code" || /^\d{6}$/.test(body.code), {
    message: SIX_DIGITS,
    path: ["code"],
  })

export const CodeOnly = z.object({ code: sixDigits }).strict()

export const SmsEnrolment = z.object({ phone: z.string().trim().min(6).max(32) }).strict()

export const CreateAccount = z
  .object({
    link: z.object({ kind: z.enum(["registration", "invitation"]), token: z.string().min(20).max(200) }),
    name: z
      .string()
      .trim()
      .min(2, fieldMessage({ sv: "Ange ditt namn.", en: "Enter your name." }))
      .max(200),
    phone: z.string().trim().max(32).optional().nullable(),
    password: z.string().max(500),
  })
  .strict()

export const PasswordResetRequest = z.object({ email }).strict()

export const PasswordResetConfirm = z.object({ token: z.string().min(20).max(200), password: z.string().max(500) }).strict()
