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

function buildStageRunCommands(dockerfile) {
  const buildStage = fs.readFileSync(dockerfile, "utf8").split(/^FROM .*$/m)[1]
  return buildStage
    .split("\n")
    .filter((line) => line.startsWith("RUN ") && !line.startsWith("RUN apt-get"))
    .map((line) => line.slice(4).trim())
}

for (const [app, expected] of Object.entries(IMAGES)) {
  test(`${app}'s Dockerfile builds with the commands CI runs`, () => {
    const commands = buildStageRunCommands(part(app, "Dockerfile"))
    assert.deepEqual(commands, expected)
    for (const command of commands) assert.ok(ciBuildCommands.has(command), `${command} is not a CI build command`)
    assert.match(fs.readFileSync(part(app, "Dockerfile"), "utf8"), /^FROM node:22-bookworm-slim AS build$/m)
    assert.match(fs.readFileSync(part(app, "Dockerfile"), "utf8"), /^HEALTHCHECK /m)
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
