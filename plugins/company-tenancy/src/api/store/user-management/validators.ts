import { z } from "@medusajs/framework/zod"
import { MEMBERSHIP_ROLES } from "@mymonitor/portal-permissions/lib/roles"

const roleMessage = "Välj Administratör, Användare eller Supportanvändare / Choose Administrator, User or Support user"
const role = z.enum(MEMBERSHIP_ROLES, { message: roleMessage })

/** PATCH /store/companies/:id/users/:customerId — "Tilldelad roll". */
export const StoreChangeMemberRole = z.object({ role }).strict()
export type StoreChangeMemberRole = z.infer<typeof StoreChangeMemberRole>

export const MAX_INVITATION_ROWS = 20

/** POST /store/invitations — the "Bjud in användare" form, one row per person. */
export const StoreSendInvitations = z
  .object({
    invitations: z
      .array(
        z
          .object({
            email: z
              .string({ message: "Ange en e-postadress / Enter an e-mail address" })
              .trim()
              .toLowerCase()
              .max(254)
              .email("Ange en giltig e-postadress / Enter a valid e-mail address"),
            company_ids: z
              .array(z.string().trim().min(1).max(64), { message: "Välj företag / Choose companies" })
              .min(1, "Välj minst ett företag / Choose at least one company")
              .max(50),
            role: role.default("user"),
          })
          .strict(),
        { message: "Lägg till minst en inbjudan / Add at least one invitation" }
      )
      .min(1, "Lägg till minst en inbjudan / Add at least one invitation")
      .max(
        MAX_INVITATION_ROWS,
        `Högst ${MAX_INVITATION_ROWS} inbjudningar åt gången / At most ${MAX_INVITATION_ROWS} invitations at a time`
      ),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    body.invitations.forEach((row, index) => {
      if (seen.has(row.email)) {
        ctx.addIssue({
          code: "custom",
          path: ["invitations", index, "email"],
          message: "Samma e-postadress finns på flera rader / The same e-mail address is on several rows",
        })
      }
      seen.add(row.email)
    })
  })
export type StoreSendInvitations = z.infer<typeof StoreSendInvitations>
