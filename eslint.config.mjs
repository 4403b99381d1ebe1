// One linter for every workspace (plugins, Medusa, Strapi, storefront, scripts). Formatting is Prettier's.
import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      "**/build/**",
      "**/.data/**",
      "**/.strapi/**",
      "**/coverage/**",
      "**/test-results/**",
      "**/playwright-report/**",
      "strapi-cms/types/generated/**",
      "**/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      // `any` needs a reason: each remaining one is a warning until it has one (or a type).
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // CommonJS files, and tests that load a CommonJS build (Strapi's) at run time.
    files: ["**/*.cjs", "**/*.js", "strapi-cms/tests/**"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["storefront/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  }
)
