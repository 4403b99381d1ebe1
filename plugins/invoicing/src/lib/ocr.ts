/**
 * The payment reference of an invoice, as Swedish banks accept it with Bankgirot's
 * "OCR med längdkontroll" (hard length and check-digit control):
 *
 *   invoice number digits · length digit · Luhn check digit
 *
 * The length digit is the total length of the reference (both check digits
 * included) modulo 10; the last digit is the Luhn (modulus 10, weights 2-1 from
 * the right) check digit over everything before it. The number 123456 becomes
 * 1234568 + 2 = "12345682". A reference is 2–25 digits long.
 */

export const OCR_MIN_LENGTH = 2
export const OCR_MAX_LENGTH = 25

/** The Luhn check digit for a string of digits (the digit to append). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    // The rightmost digit of the payload is doubled: it sits left of the check digit.
    let value = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1)
    if (value > 9) value -= 9
    sum += value
  }
  return (10 - (sum % 10)) % 10
}

/** Whether a string of digits ends with its correct Luhn check digit. */
export function luhnIsValid(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1])
}

/** The OCR reference of an invoice number (a positive integer, or its digits). */
export function ocrReferenceFor(number: number | string): string {
  const digits = typeof number === "number" ? (Number.isSafeInteger(number) && number > 0 ? String(number) : "") : number
  if (!/^\d+$/.test(digits)) throw new Error(`An OCR reference needs a positive invoice number, not ${String(number)}`)
  const length = digits.length + 2
  if (length > OCR_MAX_LENGTH) throw new Error(`An OCR reference is at most ${OCR_MAX_LENGTH} digits`)
  const withLength = `${digits}${length % 10}`
  return `${withLength}${luhnCheckDigit(withLength)}`
}

/** Whether a reference passes Bankgirot's length and check-digit control. */
export function ocrIsValid(ocr: string): boolean {
  if (typeof ocr !== "string" || !/^\d+$/.test(ocr)) return false
  if (ocr.length < OCR_MIN_LENGTH || ocr.length > OCR_MAX_LENGTH) return false
  return Number(ocr[ocr.length - 2]) === ocr.length % 10 && luhnIsValid(ocr)
}
