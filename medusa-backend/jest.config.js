module.exports = require("../scripts/lib/medusa-jest-config.cjs")({
  testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s", "<rootDir>/src/**/__tests__/**/*.spec.[jt]s"],
})
