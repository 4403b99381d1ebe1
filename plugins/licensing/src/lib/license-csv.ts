import type { LicenseView } from "./license-views"

export type CsvLocale = "sv" | "en"

const COLUMNS: { sv: string; en: string; value: (license: LicenseView, locale: CsvLocale) => string }[] = [
  { sv: "Företag", en: "Company", value: (l) => l.company?.name ?? "" },
  { sv: "Kundnummer", en: "Customer number", value: (l) => l.company?.customer_number ?? "" },
  { sv: "Produkt", en: "Product", value: (l) => l.product_title },
  { sv: "Produktkod", en: "Product code", value: (l) => l.product_code },
  { sv: "Licensnyckel", en: "License key", value: (l) => l.license_key },
  { sv: "Licenstyp", en: "License type", value: (l, locale) => KIND_LABELS[l.kind][locale] },
  { sv: "Antal", en: "Seats", value: (l) => String(l.seats) },
  { sv: "Villkor", en: "Term", value: (l, locale) => TERM_LABELS[l.term][locale] },
  { sv: "Giltig från", en: "Valid from", value: (l) => isoDate(l.valid_from) },
  { sv: "Förnyelsedatum", en: "Renewal date", value: (l) => (l.valid_until ? isoDate(l.valid_until) : "") },
  { sv: "Status", en: "Status", value: (l, locale) => STATUS_LABELS[l.status][locale] },
  { sv: "Ordernummer", en: "Order number", value: (l) => l.order_number },
]

const KIND_LABELS = {
  named_user: { sv: "Namngiven användare", en: "Named user" },
  company: { sv: "Företag", en: "Company" },
  site: { sv: "Anläggning", en: "Site" },
} as const
const TERM_LABELS = { perpetual: { sv: "Tillsvidare", en: "Perpetual" }, yearly: { sv: "Årsvis", en: "Yearly" } } as const
const STATUS_LABELS = {
  active: { sv: "Aktiv", en: "Active" },
  expiring: { sv: "Förnyas snart", en: "Expiring" },
  expired: { sv: "Utgången", en: "Expired" },
  revoked: { sv: "Spärrad", en: "Revoked" },
} as const

const isoDate = (value: Date | string) => new Date(value).toISOString().slice(0, 10)

/**
 * One CSV field: quoted when it holds the separator, a quote or a line break; a
 * leading =, +, - or @ is defused with an apostrophe, so Excel reads text, not a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The licenses as CSV for Swedish Excel: UTF-8 with a byte order mark, `;` between fields, CRLF lines. */
export function licensesCsv(licenses: readonly LicenseView[], locale: CsvLocale = "sv"): string {
  const lines = [
    COLUMNS.map((column) => csvField(column[locale])).join(";"),
    ...licenses.map((license) => COLUMNS.map((column) => csvField(column.value(license, locale))).join(";")),
  ]
  return `\uFEFF${lines.join("\r\n")}\r\n`
}
