import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { z } from "@medusajs/framework/zod"
import { MEMBERSHIP_ROLES } from "@mymonitor/portal-permissions/lib/roles"

const roleMessage = fieldMessage({
  sv: "Välj Administratör, Användare eller Supportanvändare.",
  en: "Choose Administrator, User or Support user.",
})
const role = z.enum(MEMBERSHIP_ROLES, { message: roleMessage })

/** PATCH /store/companies/:id/users/:customerId — "Tilldelad roll". */
export const StoreChangeMemberRole = z.object({ role }).strict()
export type StoreChangeMemberRole = z.infer<typeof StoreChangeMemberRole>

export const MAX_INVITATION_ROWS = 20

const ADD_ONE = fieldMessage({ sv: "Lägg till minst en inbjudan.", en: "Add at least one invitation." })

/** POST /store/invitations — the "Bjud in användare" form, one row per person. */
export const StoreSendInvitations = z
  .object({
    invitations: z
      .array(
        z
          .object({
            email: z
              .string({ message: fieldMessage({ sv: "Ange en e-postadress.", en: "Enter an e-mail address." }) })
              .trim()
              .toLowerCase()
              .max(254)
              .email(fieldMessage({ sv: "Ange en giltig e-postadress.", en: "Enter a valid e-mail address." })),
            company_ids: z
              .array(z.string().trim().min(1).max(64), { message: fieldMessage({ sv: "Välj företag.", en: "Choose companies." }) })
              .min(1, fieldMessage({ sv: "Välj minst ett företag.", en: "Choose at least one company." }))
              .max(50),
            role: role.default("user"),
          })
          .strict(),
        { message: ADD_ONE }
      )
      .min(1, ADD_ONE)
      .max(
        MAX_INVITATION_ROWS,
        fieldMessage({
          sv: `Högst ${MAX_INVITATION_ROWS} inbjudningar åt gången.`,
          en: `At most ${MAX_INVITATION_ROWS} invitations at a time.`,
        })
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
          message: fieldMessage({ sv: "Samma e-postadress finns på flera rader.", en: "The same e-mail address is on several rows." }),
        })
      }
      seen.add(row.email)
    })
  })
export type StoreSendInvitations = z.infer<typeof StoreSendInvitations>
