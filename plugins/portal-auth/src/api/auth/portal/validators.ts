import { z } from "@medusajs/framework/zod"

const email = z.string().trim().toLowerCase().email("Ange en giltig e-postadress / Enter a valid e-mail address").max(254)
const sixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "Ange sex siffror / Enter six digits")

export const PortalLogin = z.object({ email, password: z.string().min(1).max(500) }).strict()

export const ChallengeVerify = z
  .object({
    method: z.enum(["totp", "sms", "recovery_code"]),
    code: z.string().trim().min(6).max(64),
  })
  .strict()
  .refine((body) => body.method === "recovery_code" || /^\d{6}$/.test(body.code), {
    message: "Ange sex siffror / Enter six digits",
    path: ["code"],
  })

export const CodeOnly = z.object({ code: sixDigits }).strict()

export const SmsEnrolment = z.object({ phone: z.string().trim().min(6).max(32) }).strict()

export const CreateAccount = z
  .object({
    link: z.object({ kind: z.enum(["registration", "invitation"]), token: z.string().min(20).max(200) }),
    name: z.string().trim().min(2, "Ange ditt namn / Enter your name").max(200),
    phone: z.string().trim().max(32).optional().nullable(),
    password: z.string().max(500),
  })
  .strict()

export const PasswordResetRequest = z.object({ email }).strict()

export const PasswordResetConfirm = z.object({ token: z.string().min(20).max(200), password: z.string().max(500) }).strict()
