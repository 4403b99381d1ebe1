// Amounts and dates as the portal shows them, the same on the server and in the browser.

const NUMBER_LOCALES: Record<string, string> = { sv: "sv-SE", en: "en-GB" }

/** SEK in kronor: "8 900 kr" (decimals only when there are öre). */
export function formatMoney(amount: number, locale: string, currencyCode = "sek"): string {
  const whole = Math.round(amount * 100) % 100 === 0
  return new Intl.NumberFormat(NUMBER_LOCALES[locale] ?? "sv-SE", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount)
}

/** A VAT rate as a percentage: 25 → "25 %" (Swedish) / "25%" (English). */
export function formatRate(rate: number, locale: string): string {
  const value = new Intl.NumberFormat(NUMBER_LOCALES[locale] ?? "sv-SE", { maximumFractionDigits: 2 }).format(rate)
  return locale === "en" ? `${value}%` : `${value} %`
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date (ISO date or timestamp) as a calendar date in Sweden: "2026-12-04" in Swedish,
 * "4 Dec 2026" in English. A date-only value is shown as the day it names, never shifted by a time zone.
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return "–"
  const date = DATE_ONLY.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  if (Number.isNaN(date.getTime())) return value
  if (locale !== "en") {
    // sv-SE's short date is the ISO form.
    return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(
      date
    )
  }
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", day: "numeric", month: "short", year: "numeric" }).format(date)
}

/** The ISO form of the same day, for `<time dateTime>`. */
export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  if (DATE_ONLY.test(value)) return value
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
}

/** A moment as the portal shows it in Sweden: "2026-12-04 16:05" in Swedish, "4 Dec 2026, 16:05" in English. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return "–"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" }).format(date)
  return locale === "en" ? `${formatDate(value, locale)}, ${time}` : `${formatDate(value, locale)} ${time}`
}
