// The jest setup shared by the Medusa app and the plugins: TypeScript through SWC,
// Medusa's test environment variables, and the MikroORM metadata reset per file.
const path = require("node:path")
const { loadEnv } = require("@medusajs/framework/utils")

module.exports = function medusaJestConfig({ testMatch }) {
  loadEnv("test", process.cwd())
  return {
    transform: {
      "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
    },
    testEnvironment: "node",
    moduleFileExtensions: ["js", "ts", "json"],
    modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
    testMatch,
    setupFiles: [path.join(__dirname, "..", "..", "medusa-backend", "integration-tests", "setup.js")],
  }
}
