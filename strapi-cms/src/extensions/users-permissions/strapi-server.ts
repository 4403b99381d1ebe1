import type { Core } from "@strapi/strapi"

const notFound: Core.MiddlewareHandler = (ctx) => {
  ctx.notFound()
}

/**
 * myMonitor has no Strapi end users: Medusa uses an API token and staff use the admin panel. So every
 * route of the users-permissions content API — /api/auth/* (register, login, password reset, email
 * confirmation, refresh, sessions), /api/connect/*, /api/users*, /api/users-permissions/* — answers
 * 404 for everyone, before any authentication, validation, rate limit or controller. The routes are
 * stubbed rather than removed because Strapi answers anything but GET on an unknown path with 405 (the
 * public folder is served by a GET catch-all). The plugin's admin routes (its settings pages) stay.
 */
export default (plugin: Core.Plugin) => {
  if (Array.isArray(plugin.routes)) {
    throw new Error("[mymonitor] users-permissions: expected named routers, cannot close its content API")
  }
  const contentApi = plugin.routes["content-api"]
  contentApi.routes = contentApi.routes.map((route) => {
    // Strapi mounts a route outside the plugin's /users-permissions prefix as soon as `config` has a
    // `prefix` key, even an undefined one: copy it only where the plugin set it.
    const prefix = route.config?.prefix
    return {
      method: route.method,
      path: route.path,
      handler: notFound,
      info: route.info,
      config: { auth: false as const, ...(prefix === undefined ? {} : { prefix }) },
    }
  })
  return plugin
}
