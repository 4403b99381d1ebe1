import { luhnIsValid } from "./ocr"

/** A Swedish VAT number as written on an invoice: "SE" + the 10-digit organisation number + "01", no spaces. */
export function normalizeVatNumber(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase()
}

/**
 * SE + 12 digits: the organisation number (10 digits, whose last digit is its
 * Luhn check digit) followed by 01.
 */
export function vatNumberIsValid(value: string): boolean {
  const vat = normalizeVatNumber(value)
  const match = /^SE(\d{10})01$/.exec(vat)
  return Boolean(match && luhnIsValid(match[1]))
}

/** The organisation number in a VAT number, as NNNNNN-NNNN. */
export function organisationNumberOf(vatNumber: string): string | null {
  const match = /^SE(\d{6})(\d{4})01$/.exec(normalizeVatNumber(vatNumber))
  return match ? `${match[1]}-${match[2]}` : null
}
