// The images build the way CI builds: the same `npm ci` and the same build commands.
import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { test } from "node:test"
import { BUILDS } from "../lib/builds.mjs"
import { part } from "../lib/paths.mjs"

const ciBuildCommands = new Set(["npm ci", ...BUILDS.map(({ command: [bin, args] }) => [bin, ...args].join(" "))])
const IMAGES = {
  "medusa-backend": ["npm ci", "npm run build:plugins", "npm run build -w medusa-backend"],
  "strapi-cms": ["npm ci", "npm run build -w strapi-cms"],
  storefront: ["npm ci", "npm run build -w storefront"],
}

/** Each stage of the Dockerfile: its parent stage and its RUN commands (apt-get aside). */
function stagesOf(dockerfile) {
  const stages = new Map()
  let current
  for (const line of fs.readFileSync(dockerfile, "utf8").split("\n")) {
    const from = line.match(/^FROM (\S+) AS (\S+)$/)
    if (from) {
      current = { base: from[1], runs: [] }
      stages.set(from[2], current)
    } else if (line.startsWith("RUN ") && !line.startsWith("RUN apt-get")) {
      current.runs.push(line.slice(4).trim())
    }
  }
  return stages
}

/** The RUN commands that produce a stage, its ancestors' first. */
function buildCommands(stages, name) {
  const stage = stages.get(name)
  return stage ? [...buildCommands(stages, stage.base), ...stage.runs] : []
}

const stages = stagesOf(part("Dockerfile"))

for (const [app, expected] of Object.entries(IMAGES)) {
  test(`the ${app} image builds with the commands CI runs`, () => {
    const image = stages.get(app)
    assert.ok(image, `the Dockerfile has no ${app} target`)
    assert.equal(image.base, "node:22-bookworm-slim")
    assert.deepEqual(image.runs, [], "the runtime stage builds nothing itself")
    const source = fs
      .readFileSync(part("Dockerfile"), "utf8")
      .split(/^FROM /m)
      .find((text) => text.includes(`AS ${app}\n`))
    const buildStage = source.match(/^COPY --from=(\S+) /m)[1]
    const commands = buildCommands(stages, buildStage)
    assert.deepEqual(commands, expected)
    for (const command of commands) assert.ok(ciBuildCommands.has(command), `${command} is not a CI build command`)
    assert.match(source, /^HEALTHCHECK /m)
  })
}

test("CI installs with npm ci and runs the README's test command", () => {
  const ci = fs.readFileSync(part(".ci", "run"), "utf8")
  assert.match(ci, /^\s*npm ci\b/m)
  assert.match(ci, /^\s*npm test\b/m)
  assert.match(fs.readFileSync(part("README.md"), "utf8"), /npm test/)
})

test("docker-compose.yml is valid and runs the production profile", (t) => {
  const compose = fs.readFileSync(part("docker-compose.yml"), "utf8")
  for (const service of ["postgres", "redis", "mailpit", "medusa-backend", "strapi-cms", "storefront"]) {
    assert.match(compose, new RegExp(`^  ${service}:$`, "m"))
  }
  assert.match(compose, /MYMONITOR_ENV: production/)
  assert.match(compose, /REDIS_URL: redis:\/\/redis:6379/)
  for (const app of Object.keys(IMAGES)) assert.match(compose, new RegExp(`target: ${app}$`, "m"))
  let validator
  try {
    execFileSync("docker-compose", ["version"], { stdio: "ignore" })
    validator = "docker-compose"
  } catch {
    if (process.env.CI === "true") assert.fail("docker-compose is missing in CI (apt-get install -y docker-compose)")
    t.skip("docker-compose is not installed (apt-get install -y docker-compose)")
    return
  }
  execFileSync(validator, ["-f", part("docker-compose.yml"), "config", "-q"], { stdio: "pipe" })
})
