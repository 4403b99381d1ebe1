/** Unit tests: TypeScript without a browser or a backend (components render to static markup), compiled by SWC. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/unit"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022", transform: { react: { runtime: "automatic" } } } },
    ],
    // next-intl ships ES modules only; the proxy's unit test loads its middleware.
    "^.+\\.m?js$": ["@swc/jest", { jsc: { parser: { syntax: "ecmascript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(next-intl|use-intl|@formatjs)/)"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
}
