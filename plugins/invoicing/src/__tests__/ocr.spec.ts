import { luhnCheckDigit, luhnIsValid, ocrIsValid, ocrReferenceFor } from "../lib/ocr"
import { vatNumberIsValid } from "../lib/vat-number"

describe("OCR reference with length digit (Bankgirot, OCR med längdkontroll)", () => {
  it("gives the known-good references", () => {
    // Bankgirot's worked example: 123456 → length 8 → 1234568 → Luhn 2.
    expect(ocrReferenceFor(123456)).toBe("12345682")
    expect(ocrReferenceFor(12345)).toBe("1234574")
    expect(ocrReferenceFor(1)).toBe("133")
    expect(ocrReferenceFor(100)).toBe("10058") // 1005: 5·2=10→1, 0, 0, 1 → 2 → 8
    expect(ocrReferenceFor("0012")).toBe("001263") // 00126: 6·2=12→3, 2, 1·2, 0, 0 → 7 → 3
  })

  it("puts the total length modulo 10 in the second-last digit", () => {
    for (const number of [7, 42, 1042, 99999999, 12345678901]) {
      const ocr = ocrReferenceFor(number)
      expect(ocr.length).toBe(String(number).length + 2)
      expect(Number(ocr[ocr.length - 2])).toBe(ocr.length % 10)
      expect(ocr.startsWith(String(number))).toBe(true)
    }
  })

  it("ends with the Luhn (mod 10) check digit of what comes before", () => {
    expect(luhnCheckDigit("7992739871")).toBe(3) // the textbook Luhn example 79927398713
    expect(luhnIsValid("79927398713")).toBe(true)
    for (const number of [1, 9, 10, 555, 2026120400]) {
      const ocr = ocrReferenceFor(number)
      expect(luhnIsValid(ocr)).toBe(true)
      expect(ocrIsValid(ocr)).toBe(true)
    }
  })

  it("detects every single-digit error", () => {
    for (const number of [1, 42, 1042, 123456, 987654321]) {
      const ocr = ocrReferenceFor(number)
      for (let position = 0; position < ocr.length; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === ocr[position]) continue
          const wrong = `${ocr.slice(0, position)}${digit}${ocr.slice(position + 1)}`
          expect([wrong, ocrIsValid(wrong)]).toEqual([wrong, false])
        }
      }
    }
  })

  it("detects a dropped or an added digit by the length digit", () => {
    const ocr = ocrReferenceFor(123456)
    for (let position = 0; position < ocr.length; position++) {
      expect(ocrIsValid(ocr.slice(0, position) + ocr.slice(position + 1))).toBe(false)
    }
    expect(ocrIsValid(`0${ocr}`)).toBe(false)
  })

  it("refuses what is not a reference", () => {
    expect(ocrIsValid("")).toBe(false)
    expect(ocrIsValid("1")).toBe(false)
    expect(ocrIsValid("12 345682")).toBe(false)
    expect(ocrIsValid("1".repeat(26))).toBe(false)
    expect(() => ocrReferenceFor(0)).toThrow()
    expect(() => ocrReferenceFor(-5)).toThrow()
    expect(() => ocrReferenceFor(1.5)).toThrow()
  })
})

describe("VAT numbers", () => {
  it("accepts SE + an organisation number with a valid check digit + 01", () => {
    expect(vatNumberIsValid("SE555555555501")).toBe(true)
    expect(vatNumberIsValid("se 556036-0793 01")).toBe(true)
    expect(vatNumberIsValid("SE555555555401")).toBe(false)
    expect(vatNumberIsValid("SE555555555502")).toBe(false)
    expect(vatNumberIsValid("SE5555555555")).toBe(false)
    expect(vatNumberIsValid("NO555555555501")).toBe(false)
  })
})
