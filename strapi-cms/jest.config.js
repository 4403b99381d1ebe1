/** Jest 29: real Strapi + real PostgreSQL tests (see tests/helpers/strapi.ts). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // TypeScript tests are transpiled with the typescript package itself (no type check, no extra deps).
  // Strapi's compiled dist/*.js is loaded untransformed.
  transform: { "\\.ts$": "<rootDir>/tests/helpers/ts-transform.js" },
  moduleFileExtensions: ["ts", "js", "json"],
  // npm hoisted @strapi/core to the monorepo root but kept @strapi/strapi in strapi-cms/node_modules;
  // core resolves '@strapi/strapi/package.json' from its own location, so let it find ours
  // (the package scripts do the same with NODE_PATH).
  modulePaths: ["<rootDir>/node_modules"],
  globalSetup: "<rootDir>/tests/helpers/global-setup.js",
  testTimeout: 60000,
}
