import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { z } from "@medusajs/framework/zod"

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** The body of POST /erp/v1/admin-registrations (docs/erp-api.openapi.yaml, AdminRegistration). */
export const ErpAdminRegistration = z
  .object({
    requestId: z
      .string({ error: fieldMessage({ sv: "requestId krävs (uuid).", en: "requestId is required (uuid)." }) })
      .regex(UUID, fieldMessage({ sv: "requestId ska vara ett uuid.", en: "requestId must be a uuid." })),
    email: z
      .string({ error: fieldMessage({ sv: "email krävs.", en: "email is required." }) })
      .trim()
      .max(254, fieldMessage({ sv: "E-postadressen är för lång.", en: "The e-mail address is too long." }))
      .pipe(z.email(fieldMessage({ sv: "Ogiltig e-postadress.", en: "Invalid e-mail address." }))),
    erpVersion: z
      .string({ error: fieldMessage({ sv: "erpVersion krävs.", en: "erpVersion is required." }) })
      .regex(
        /^\d+\.\d+(\.\d+)?$/,
        fieldMessage({ sv: "erpVersion anges som major.minor[.patch].", en: "erpVersion must be major.minor[.patch]." })
      ),
    erpUser: z.object(
      {
        id: z
          .string({ error: fieldMessage({ sv: "erpUser.id krävs.", en: "erpUser.id is required." }) })
          .min(1)
          .max(200),
        name: z.string({ error: fieldMessage({ sv: "erpUser.name krävs.", en: "erpUser.name is required." }) }).max(200),
        roles: z
          .array(z.string().max(200), {
            error: fieldMessage({ sv: "erpUser.roles ska vara en lista.", en: "erpUser.roles must be a list." }),
          })
          .max(200),
      },
      { error: fieldMessage({ sv: "erpUser krävs.", en: "erpUser is required." }) }
    ),
  })
  .strict()

export type ErpAdminRegistration = z.infer<typeof ErpAdminRegistration>

/** The ERP role that may register an administrator (the product description). */
export const REQUIRED_ERP_ROLE = "Monitor-ansvarig"
