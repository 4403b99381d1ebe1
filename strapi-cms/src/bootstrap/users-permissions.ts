import type { Core } from "@strapi/strapi"

/**
 * Make sure end-user registration is switched off in the users-permissions advanced settings
 * (Settings → Users & Permissions plugin → Advanced settings), the other settings untouched.
 * The register route is not even mounted (src/extensions/users-permissions/strapi-server.ts): this
 * guards the day it comes back. Idempotent; true when the setting had to be changed.
 */
export const closeEndUserRegistration = async (strapi: Core.Strapi): Promise<boolean> => {
  const store = strapi.store({ type: "plugin", name: "users-permissions", key: "advanced" })
  const settings = ((await store.get()) ?? {}) as Record<string, unknown>
  if (settings.allow_register === false) return false
  await store.set({ value: { ...settings, allow_register: false } })
  return true
}
