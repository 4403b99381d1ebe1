// The package boundaries of docs/architecture.md, checked on every import in the tree:
// the storefront imports no backend, plugin or Strapi code; plugins never import
// medusa-backend; Strapi imports no Medusa code; a plugin imports only plugins above
// it in the numbered list of docs/architecture.md.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { part } from "../lib/paths.mjs"

const SOURCE = /\.(c|m)?(j|t)sx?$/
const SKIP = new Set(["node_modules", ".medusa", ".next", ".strapi", "dist", "build", ".cache", "test-results", "playwright-report"])

function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return SOURCE.test(entry.name) ? [full] : []
  })
}

/** Every module specifier a file imports, requires or re-exports. */
export function importsOf(source) {
  const specifiers = []
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'`]([^"'`]+)["'`]/gm
  for (const match of source.matchAll(pattern)) specifiers.push(match[1])
  return specifiers
}

/** Where an import lands: the top-level part of the repository (and the plugin, for plugins). */
function targetOf(file, specifier) {
  if (specifier.startsWith(".")) {
    const resolved = path.relative(part(), path.resolve(path.dirname(file), specifier))
    const [top, second] = resolved.split(path.sep)
    return top === "plugins" ? { top, plugin: second } : { top }
  }
  const mymonitor = /^@mymonitor\/([^/]+)/.exec(specifier)
  if (mymonitor) return { top: "plugins", plugin: mymonitor[1] }
  if (/^@medusajs\//.test(specifier)) return { top: "medusa-package" }
  if (/^@strapi\//.test(specifier)) return { top: "strapi-package" }
  return { top: "npm" }
}

function pluginOrder() {
  const text = fs.readFileSync(part("docs", "architecture.md"), "utf8")
  const order = [...text.matchAll(/^\d+\.\s+`@mymonitor\/([a-z-]+)`/gm)].map((match) => match[1])
  assert.ok(order.length >= 5, "docs/architecture.md lists the plugins in order")
  return order
}

function violations(rootPart, rule) {
  return sourceFiles(part(rootPart)).flatMap((file) =>
    importsOf(fs.readFileSync(file, "utf8")).flatMap((specifier) => {
      const reason = rule(file, targetOf(file, specifier), specifier)
      return reason ? [`${path.relative(part(), file)} imports ${specifier}: ${reason}`] : []
    })
  )
}

test("the storefront imports no backend, plugin or Strapi code", () => {
  const found = violations("storefront", (_file, target) => {
    if (["medusa-backend", "plugins", "strapi-cms"].includes(target.top)) return `the storefront speaks to ${target.top} over HTTP only`
    if (target.top === "medusa-package" || target.top === "strapi-package") return "no Medusa or Strapi code in the storefront"
    return null
  })
  assert.deepEqual(found, [])
})

test("plugins never import medusa-backend, and only plugins above them", () => {
  const order = pluginOrder()
  const onDisk = fs.readdirSync(part("plugins")).filter((name) => fs.existsSync(part("plugins", name, "package.json")))
  assert.deepEqual([...onDisk].sort(), [...order].sort(), "every plugin has its place in docs/architecture.md")
  const found = onDisk.flatMap((plugin) =>
    violations(path.join("plugins", plugin), (_file, target) => {
      if (target.top === "medusa-backend") return "a plugin does not know the app that loads it"
      if (["storefront", "strapi-cms"].includes(target.top)) return `${target.top} is another application`
      if (target.top === "plugins" && target.plugin !== plugin && order.indexOf(target.plugin) > order.indexOf(plugin)) {
        return `${target.plugin} sits above ${plugin} in docs/architecture.md`
      }
      return null
    })
  )
  assert.deepEqual(found, [])
})

test("Strapi imports no Medusa code", () => {
  const found = violations("strapi-cms", (_file, target) =>
    ["medusa-backend", "plugins", "storefront"].includes(target.top) || target.top === "medusa-package"
      ? `Strapi reaches Medusa over HTTP only`
      : null
  )
  assert.deepEqual(found, [])
})

test("the check itself sees an import the wrong way", () => {
  assert.deepEqual(
    importsOf(`import x from "@mymonitor/portal-auth/lib/otp"\nconst y = require('../../medusa-backend/src/seed')\nexport * from "./z"`),
    ["@mymonitor/portal-auth/lib/otp", "../../medusa-backend/src/seed", "./z"]
  )
})
