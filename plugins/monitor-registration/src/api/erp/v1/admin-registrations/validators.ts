import { z } from "@medusajs/framework/zod"

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** The body of POST /erp/v1/admin-registrations (docs/erp-api.openapi.yaml, AdminRegistration). */
export const ErpAdminRegistration = z
  .object({
    requestId: z
      .string({ error: "requestId krävs (uuid) / requestId is required (uuid)" })
      .regex(UUID, "requestId ska vara ett uuid / requestId must be a uuid"),
    email: z
      .string({ error: "email krävs / email is required" })
      .trim()
      .max(254, "E-postadressen är för lång / The e-mail address is too long")
      .pipe(z.email("Ogiltig e-postadress / Invalid e-mail address")),
    erpVersion: z
      .string({ error: "erpVersion krävs / erpVersion is required" })
      .regex(/^\d+\.\d+(\.\d+)?$/, "erpVersion anges som major.minor[.patch] / erpVersion must be major.minor[.patch]"),
    erpUser: z.object(
      {
        id: z.string({ error: "erpUser.id krävs / erpUser.id is required" }).min(1).max(200),
        name: z.string({ error: "erpUser.name krävs / erpUser.name is required" }).max(200),
        roles: z.array(z.string().max(200), { error: "erpUser.roles ska vara en lista / erpUser.roles must be a list" }).max(200),
      },
      { error: "erpUser krävs / erpUser is required" }
    ),
  })
  .strict()

export type ErpAdminRegistration = z.infer<typeof ErpAdminRegistration>

/** The ERP role that may register an administrator (the product description). */
export const REQUIRED_ERP_ROLE = "Monitor-ansvarig"
