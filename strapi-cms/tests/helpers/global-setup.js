// Compile the Strapi app (TypeScript -> dist/) once per jest run; each test file then boots it.
const path = require("path")

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = "true"
  const { compileStrapi } = require("@strapi/strapi")
  const started = Date.now()
  await compileStrapi({ appDir: path.resolve(__dirname, "../..") })
  // eslint-disable-next-line no-console
  console.log(`\n[strapi-cms tests] compiled in ${Date.now() - started} ms`)
}
