import { amountOf, taxesByRate } from "../lib/money"

describe("amounts", () => {
  it("reads Medusa's numbers and BigNumber-like values as kronor rounded to öre", () => {
    expect(amountOf(8900)).toBe(8900)
    expect(amountOf("2225.004")).toBe(2225)
    expect(amountOf({ numeric: 11125.555 })).toBe(11125.56)
    expect(amountOf({ value: "0.1" })).toBe(0.1)
    expect(amountOf(null)).toBe(0)
  })

  it("sums VAT per rate, highest rate first, a line with several tax lines under their sum", () => {
    expect(
      taxesByRate([
        { rates: [{ rate: 25 }], tax: 2225 },
        { rates: [{ rate: 6 }], tax: 60 },
        { rates: [{ rate: 25 }], tax: 1100.005 },
        { rates: [{ rate: 12.5 }, { rate: 12.5 }], tax: 10 },
      ])
    ).toEqual([
      { rate: 25, amount: 3335.01 },
      { rate: 6, amount: 60 },
    ])
  })
})
