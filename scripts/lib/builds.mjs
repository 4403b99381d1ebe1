import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT, part } from "./paths.mjs"
import { run } from "./processes.mjs"

const SKIP = new Set([
  "node_modules",
  ".medusa",
  ".next",
  "dist",
  ".strapi",
  ".tmp",
  "build",
  "test-results",
  "playwright-report",
  "coverage",
])

/** A fingerprint of a part's sources: paths, sizes and modification times. */
function fingerprint(inputs) {
  const hash = crypto.createHash("sha256")
  const walk = (file) => {
    if (!fs.existsSync(file)) return
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) if (!SKIP.has(entry)) walk(path.join(file, entry))
    } else {
      hash.update(`${path.relative(ROOT, file)}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  inputs.forEach((input) => walk(part(input)))
  hash.update(fs.readFileSync(part("package-lock.json")))
  return hash.digest("hex")
}

const PLUGINS = [
  "plugins/common",
  "plugins/notifications",
  "plugins/portal-permissions",
  "plugins/audit-log",
  "plugins/company-tenancy",
  "plugins/monitor-registration",
  "plugins/portal-auth",
  "plugins/licensing",
  "plugins/invoicing",
  "plugins/monitor-store",
  "plugins/support-desk",
  "plugins/quotes",
]

/** What each part builds, from which sources, into which output. The Dockerfile runs the same commands. */
export const BUILDS = [
  {
    name: "plugins",
    inputs: PLUGINS.map((p) => `${p}/src`).concat(PLUGINS.map((p) => `${p}/package.json`)),
    output: "plugins/quotes/.medusa/server",
    command: ["npm", ["run", "build:plugins"]],
  },
  {
    name: "medusa",
    inputs: ["medusa-backend/src", "medusa-backend/medusa-config.ts", "medusa-backend/package.json", ...PLUGINS.map((p) => `${p}/src`)],
    output: "medusa-backend/.medusa/server",
    command: ["npm", ["run", "build", "-w", "medusa-backend"]],
  },
  {
    name: "strapi",
    inputs: ["strapi-cms/src", "strapi-cms/config", "strapi-cms/package.json", "strapi-cms/tsconfig.json"],
    output: "strapi-cms/dist",
    command: ["npm", ["run", "build", "-w", "strapi-cms"]],
  },
  {
    name: "storefront",
    inputs: [
      "storefront/src",
      "storefront/messages",
      "storefront/public",
      "storefront/next.config.ts",
      "storefront/tsconfig.json",
      "storefront/package.json",
    ],
    output: "storefront/.next",
    command: ["npm", ["run", "build", "-w", "storefront"]],
  },
]

const STAMPS = path.join(DATA_DIR, "build-stamps.json")

/** Builds the parts whose sources changed since their last successful build. */
export async function buildChanged({ only, log = console.log, env = {} } = {}) {
  const stamps = fs.existsSync(STAMPS) ? JSON.parse(fs.readFileSync(STAMPS, "utf8")) : {}
  for (const build of BUILDS) {
    if (only && !only.includes(build.name)) continue
    const stamp = fingerprint(build.inputs)
    if (stamps[build.name] === stamp && fs.existsSync(part(build.output))) {
      log(`✓ ${build.name} is up to date`)
      continue
    }
    const started = Date.now()
    log(`… building ${build.name}`)
    const [command, args] = build.command
    await run(build.name, command, args, {
      cwd: ROOT,
      quiet: true,
      env: {
        MEDUSA_DISABLE_TELEMETRY: "true",
        STRAPI_TELEMETRY_DISABLED: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        ...env,
      },
    })
    stamps[build.name] = stamp
    fs.mkdirSync(DATA_DIR, { recursive: true })
    fs.writeFileSync(STAMPS, JSON.stringify(stamps, null, 2))
    log(`✓ built ${build.name} in ${Math.round((Date.now() - started) / 1000)} s`)
  }
}
