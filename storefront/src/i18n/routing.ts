import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["sv", "en"],
  defaultLocale: "sv",
  localePrefix: "always",
  // Swedish first: "/" always opens the Swedish portal, whatever the browser asks for.
  // The visitor switches language explicitly with the language switch.
  localeDetection: false,
  localeCookie: false,
})

export type Locale = (typeof routing.locales)[number]
