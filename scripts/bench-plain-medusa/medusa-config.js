// Pair 9 of `npm run bench`: Medusa as it ships (less its notification module, below), without myMonitor's plugins, on the
// bench's own database. What the portal's access layer costs is the portal's /store/regions against this one.
const { defineConfig, Modules } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: true },
  // The one module left out: at boot it writes its providers into the shared database and disables every
  // other one, the portal's e-mail and SMS providers included (the portal's next mail then finds no provider).
  modules: [{ key: Modules.NOTIFICATION, disable: true }],
})
