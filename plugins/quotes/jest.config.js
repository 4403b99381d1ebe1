module.exports = require("../../scripts/lib/medusa-jest-config.cjs")({
  testMatch: ["<rootDir>/src/**/__tests__/**/*.spec.[jt]s"],
})
