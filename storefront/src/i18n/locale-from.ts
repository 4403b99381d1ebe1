import { hasLocale } from "next-intl"
import { routing, type Locale } from "@/i18n/routing"

/** The locale a form sent in its hidden `locale` field (server actions); the default locale for anything else. */
export function localeFrom(formData: FormData): Locale {
  const locale = formData.get("locale")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}
