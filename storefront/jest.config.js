/** Unit tests: pure TypeScript (no browser, no backend), compiled by SWC. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/unit"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022" } }],
  },
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
};
