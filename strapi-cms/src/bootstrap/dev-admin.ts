import fs from "fs"
import path from "path"
import type { Core } from "@strapi/strapi"
import type { Env } from "../env-check"

export interface DevAdminSettings {
  email: string
  password: string
  firstname: string
  lastname: string
}

/** The role given to the demo content-staff user (Strapi's built-in Editor role). */
export const DEV_ADMIN_ROLE_CODE = "strapi-editor"

/**
 * The demo content-staff admin: STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD (and
 * STRAPI_ADMIN_FIRSTNAME / STRAPI_ADMIN_LASTNAME), defaulting to `strapi_admin` in the monorepo's
 * scripts/demo-data.json.
 */
export const getDevAdminSettings = (appDir: string, env: Env = process.env): DevAdminSettings => {
  const demoFile = path.resolve(appDir, "../scripts/demo-data.json")
  let demo: Partial<DevAdminSettings> = {}
  if (fs.existsSync(demoFile)) {
    demo = JSON.parse(fs.readFileSync(demoFile, "utf8")).strapi_admin ?? {}
  }
  const settings = {
    email: (env.STRAPI_ADMIN_EMAIL || demo.email || "").trim().toLowerCase(),
    password: env.STRAPI_ADMIN_PASSWORD || demo.password || "",
    firstname: env.STRAPI_ADMIN_FIRSTNAME || demo.firstname || "Innehåll",
    lastname: env.STRAPI_ADMIN_LASTNAME || demo.lastname || "Redaktör",
  }
  if (!settings.email || !settings.password) {
    throw new Error(
      `[mymonitor] No demo Strapi admin: set STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD or provide strapi_admin in ${demoFile}`
    )
  }
  return settings
}

/**
 * The demo support-staff admin (role "Support"): STRAPI_SUPPORT_EMAIL / STRAPI_SUPPORT_PASSWORD,
 * defaulting to `strapi_support` in scripts/demo-data.json; null when neither is there.
 */
export const getSupportAdminSettings = (appDir: string, env: Env = process.env): DevAdminSettings | null => {
  const demoFile = path.resolve(appDir, "../scripts/demo-data.json")
  let demo: Partial<DevAdminSettings> = {}
  if (fs.existsSync(demoFile)) {
    demo = JSON.parse(fs.readFileSync(demoFile, "utf8")).strapi_support ?? {}
  }
  const email = (env.STRAPI_SUPPORT_EMAIL || demo.email || "").trim().toLowerCase()
  const password = env.STRAPI_SUPPORT_PASSWORD || demo.password || ""
  if (!email || !password) return null
  return {
    email,
    password,
    firstname: env.STRAPI_SUPPORT_FIRSTNAME || demo.firstname || "Sara",
    lastname: env.STRAPI_SUPPORT_LASTNAME || demo.lastname || "Support",
  }
}

export interface EnsureAdminResult {
  id: number
  created: boolean
  updated: boolean
}

/**
 * Make sure the demo content-staff admin exists, is active, has the Editor role and the configured
 * password. Idempotent. Only called outside production.
 */
export const ensureDevAdmin = async (
  strapi: Core.Strapi,
  settings: DevAdminSettings,
  roleCode: string = DEV_ADMIN_ROLE_CODE
): Promise<EnsureAdminResult> => {
  const userService = strapi.service("admin::user") as any
  const authService = strapi.service("admin::auth") as any
  const role = await strapi.db.query("admin::role").findOne({ where: { code: roleCode } })
  if (!role) throw new Error(`[mymonitor] the admin role "${roleCode}" does not exist`)

  const existing = await strapi.db.query("admin::user").findOne({ where: { email: settings.email }, populate: ["roles"] })

  if (!existing) {
    const user = await userService.create({
      email: settings.email,
      firstname: settings.firstname,
      lastname: settings.lastname,
      password: settings.password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    })
    return { id: user.id, created: true, updated: false }
  }

  const patch: Record<string, unknown> = {}
  if (!existing.isActive) patch.isActive = true
  if (existing.blocked) patch.blocked = false
  const roleIds: number[] = (existing.roles ?? []).map((r: { id: number }) => r.id)
  if (!roleIds.includes(role.id)) patch.roles = [...roleIds, role.id]
  if (!existing.password || !(await authService.validatePassword(settings.password, existing.password))) {
    patch.password = settings.password
  }
  if (Object.keys(patch).length > 0) {
    await userService.updateById(existing.id, patch)
  }
  return { id: existing.id, created: false, updated: Object.keys(patch).length > 0 }
}
