const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s", "<rootDir>/src/**/__tests__/**/*.spec.[jt]s"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}
