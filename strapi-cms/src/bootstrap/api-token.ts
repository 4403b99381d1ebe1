import type { Core } from "@strapi/strapi"

/** Name of the content-API token the Medusa backend uses (server-to-server). */
export const MEDUSA_TOKEN_NAME = "medusa-backend"

/**
 * What the Medusa backend may do, and nothing more: the portal API's actions (src/api/portal). No
 * core content-API action at all: core find on ticket messages would return internal notes.
 */
export const MEDUSA_TOKEN_PERMISSIONS = [
  "api::portal.portal.upsertCompany",
  "api::portal.portal.listTickets",
  "api::portal.portal.createTicket",
  "api::portal.portal.getTicket",
  "api::portal.portal.reply",
  "api::portal.portal.setStatus",
  "api::portal.portal.file",
  "api::portal.portal.listAgreements",
  "api::portal.portal.overview",
] as const

interface StoredToken {
  id: number
  name: string
  type: string
  kind: string | null
  accessKey: string
  encryptedKey: string | null
  lifespan: number | null
  expiresAt: string | null
  permissions?: Array<{ action: string }>
}

export interface EnsureTokenResult {
  id: number
  created: boolean
  keyUpdated: boolean
  permissionsUpdated: boolean
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i])

/**
 * Make sure the content-API token `medusa-backend` exists, is of type `custom` with exactly
 * MEDUSA_TOKEN_PERMISSIONS, never expires, and that its key is `accessKey` (STRAPI_API_TOKEN).
 *
 * Strapi generates its own random key when a token is created, so after creating (or finding) the
 * token we store the salted HMAC of *our* key in `accessKey` (what authentication compares) and the
 * key encrypted with ENCRYPTION_KEY in `encryptedKey` (what the admin shows in "view token").
 * Idempotent: safe on every boot; it repairs a changed key or drifted permissions.
 */
export const ensureMedusaApiToken = async (strapi: Core.Strapi, accessKey: string): Promise<EnsureTokenResult> => {
  const tokenService = strapi.service("admin::api-token-content-api") as any
  const encryption = strapi.service("admin::encryption") as any
  const tokens = strapi.db.query("admin::api-token")
  const wanted = [...MEDUSA_TOKEN_PERMISSIONS]

  const findStored = async (): Promise<StoredToken | null> =>
    (await tokens.findOne({
      where: {
        name: MEDUSA_TOKEN_NAME,
        $or: [{ kind: "content-api" }, { kind: { $null: true } }],
      },
      populate: ["permissions"],
    })) as StoredToken | null

  let stored = await findStored()
  let created = false
  let permissionsUpdated = false

  if (!stored) {
    await tokenService.create({
      name: MEDUSA_TOKEN_NAME,
      description: "Medusa-backenden (server-till-server). Nyckeln kommer från STRAPI_API_TOKEN och sätts vid varje start.",
      type: "custom",
      lifespan: null,
      permissions: wanted,
    })
    created = true
    stored = await findStored()
    if (!stored) throw new Error(`[mymonitor] could not create the API token "${MEDUSA_TOKEN_NAME}"`)
  } else {
    const current = (stored.permissions ?? []).map((p) => p.action)
    if (stored.type !== "custom" || !sameSet(current, wanted)) {
      await tokenService.update(stored.id, { type: "custom", permissions: wanted })
      permissionsUpdated = true
    }
  }

  const wantedHash: string = tokenService.hash(accessKey)
  const keyUpdated = stored.accessKey !== wantedHash
  const data: Record<string, unknown> = {}
  if (keyUpdated) {
    data.accessKey = wantedHash
    data.encryptedKey = encryption.encrypt(accessKey)
  } else if (stored.encryptedKey && encryption.decrypt(stored.encryptedKey) !== accessKey) {
    // Same key but ENCRYPTION_KEY rotated: re-encrypt so the admin can still show it.
    data.encryptedKey = encryption.encrypt(accessKey)
  }
  if (stored.expiresAt !== null || stored.lifespan !== null) {
    data.expiresAt = null
    data.lifespan = null
  }
  if (Object.keys(data).length > 0) {
    await tokens.update({ where: { id: stored.id }, data })
  }

  return { id: stored.id, created, keyUpdated: created || keyUpdated, permissionsUpdated }
}
