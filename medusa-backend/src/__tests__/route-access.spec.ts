import fs from "node:fs"
import path from "node:path"
import { accessOf } from "@mymonitor/portal-permissions/lib/access"

/**
 * Every customer-facing route of our plugins (`/store/*`, `/auth/*`) declares its
 * access beside itself, in its own plugin's middlewares.ts. The gate refuses a
 * request whose route declares nothing, and Medusa's core catch-alls (`/store*`,
 * `/auth*`) must not be what lets one of ours through: so each route here must be
 * decided by a declaration of the plugin that owns it.
 */

const PLUGINS_DIR = path.resolve(__dirname, "../../../plugins")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

type PluginRoute = { plugin: string; method: string; matcher: string; file: string }

function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

function customerFacingRoutes(): PluginRoute[] {
  return fs.readdirSync(PLUGINS_DIR).flatMap((plugin) => {
    const apiDir = path.join(PLUGINS_DIR, plugin, "src", "api")
    return ["store", "auth"].flatMap((prefix) =>
      routeFiles(path.join(apiDir, prefix)).flatMap((file) => {
        const source = fs.readFileSync(file, "utf8")
        const matcher =
          "/" +
          path
            .relative(apiDir, path.dirname(file))
            .split(path.sep)
            .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        return METHODS.filter((method) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)).map(
          (method) => ({ plugin, method, matcher, file: path.relative(PLUGINS_DIR, file) })
        )
      })
    )
  })
}

/** Loads every plugin's middlewares.ts as Medusa does at start, which declares their access. */
async function loadDeclarations() {
  for (const plugin of fs.readdirSync(PLUGINS_DIR)) {
    if (fs.existsSync(path.join(PLUGINS_DIR, plugin, "src", "api", "middlewares.ts"))) {
      await import(`@mymonitor/${plugin}/api/middlewares`)
    }
  }
}

describe("route access declarations", () => {
  beforeAll(loadDeclarations)

  const routes = customerFacingRoutes()

  it("finds the plugins' customer-facing routes", () => {
    expect(routes.length).toBeGreaterThan(20)
    expect(routes).toEqual(expect.arrayContaining([expect.objectContaining({ method: "GET", matcher: "/store/companies/:id" })]))
  })

  it("every one is decided by a declaration of its own plugin", () => {
    const undeclared = routes.filter((route) => {
      const concrete = route.matcher.replace(/:[^/]+/g, "comp_01HZZZZZZZZZZZZZZZZZZZZZZZ")
      return accessOf(route.method, concrete)?.declaration.owner !== route.plugin
    })
    expect(undeclared.map((route) => `${route.method} ${route.matcher} (${route.file})`)).toEqual([])
  })

  it("a route added without a declaration is caught", () => {
    // The core catch-all decides it, which the check above refuses for a plugin's route.
    expect(accessOf("GET", "/store/companies/comp_01HZZZZZZZZZZZZZZZZZZZZZZZ/orders")?.declaration.owner).toBe("medusa-core")
  })
})
