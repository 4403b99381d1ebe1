import type { Core } from "@strapi/strapi"

/** The admin role of the support staff: tickets and messages, nothing else (no agreements). */
export const SUPPORT_ROLE = {
  code: "mymonitor-support",
  name: "Support",
  description: "Supportpersonal: ärenden och meddelanden (inte avtal).",
}
export const EDITOR_ROLE_CODE = "strapi-editor"

const CM = "plugin::content-manager.explorer"
const TICKET = "api::support-ticket.support-ticket"
const MESSAGE = "api::ticket-message.ticket-message"
const EVENT = "api::ticket-event.ticket-event"
const COMPANY = "api::company.company"
const AGREEMENT = "api::agreement.agreement"

/** Media library actions support staff need to attach files to replies. */
const UPLOAD_ACTIONS = [
  "plugin::upload.read",
  "plugin::upload.assets.create",
  "plugin::upload.assets.update",
  "plugin::upload.assets.download",
]

export const SUPPORT_GRANTS: Array<[string, string[]]> = [
  [`${CM}.read`, [TICKET, MESSAGE, EVENT, COMPANY]],
  [`${CM}.create`, [TICKET, MESSAGE]],
  [`${CM}.update`, [TICKET, MESSAGE]],
]

export const EDITOR_GRANTS: Array<[string, string[]]> = [
  [`${CM}.read`, [AGREEMENT, COMPANY]],
  [`${CM}.create`, [AGREEMENT]],
  [`${CM}.update`, [AGREEMENT]],
  [`${CM}.delete`, [AGREEMENT]],
]

/* eslint-disable @typescript-eslint/no-explicit-any -- the admin services are untyped */
const buildPermissions = (grants: Array<[string, string[]]>, extraActions: string[] = []) => {
  const { actionProvider } = strapi.service("admin::permission") as any
  const contentTypes = strapi.service("admin::content-type") as any
  const withFields = contentTypes.getPermissionsWithNestedFields(
    grants.map(([actionId, subjects]) => ({ ...actionProvider.get(actionId), subjects }))
  )
  return [...withFields, ...extraActions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))]
}

/**
 * The "Support" role with exactly SUPPORT_GRANTS (repaired on every boot), and the Editor role
 * completed with the agreement/company grants (its other permissions are left as they are).
 */
export const ensureAdminRoles = async (strapi: Core.Strapi) => {
  const roles = strapi.service("admin::role") as any
  let support = await strapi.db.query("admin::role").findOne({ where: { code: SUPPORT_ROLE.code } })
  if (!support) support = await roles.create(SUPPORT_ROLE)
  await roles.assignPermissions(support.id, buildPermissions(SUPPORT_GRANTS, UPLOAD_ACTIONS))

  const editor = await strapi.db.query("admin::role").findOne({ where: { code: EDITOR_ROLE_CODE } })
  if (editor) {
    const existing = await strapi.db.query("admin::permission").findMany({ where: { role: { id: editor.id } } })
    const has = (p: any) => existing.some((e: any) => e.action === p.action && e.subject === p.subject)
    const missing = buildPermissions(EDITOR_GRANTS).filter((p: any) => !has(p))
    if (missing.length > 0) await roles.addPermissions(editor.id, missing)
  }
  return { supportRoleId: support.id as number }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
