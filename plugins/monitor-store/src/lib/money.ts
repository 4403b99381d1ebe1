type Amount = number | string | { value?: string | number; numeric?: number } | null | undefined

/** Medusa's computed totals come as numbers or BigNumber-like values: one number, rounded to öre. */
export function amountOf(amount: Amount): number {
  if (amount === null || amount === undefined) return 0
  if (typeof amount === "number") return round(amount)
  if (typeof amount === "string") return round(Number(amount))
  if (typeof amount.numeric === "number") return round(amount.numeric)
  return round(Number(amount.value ?? 0))
}

const round = (value: number) => Math.round(value * 100) / 100

export type TaxByRate = { rate: number; amount: number }

/** VAT per rate ("Moms 25 %"), summed over lines; a line with several tax lines counts under their sum. */
export function taxesByRate(lines: { rates: { rate: number }[]; tax: number }[]): TaxByRate[] {
  const byRate = new Map<number, number>()
  for (const line of lines) {
    const rate = line.rates.reduce((sum, r) => sum + r.rate, 0)
    byRate.set(rate, (byRate.get(rate) ?? 0) + line.tax)
  }
  return [...byRate.entries()].sort(([a], [b]) => b - a).map(([rate, amount]) => ({ rate, amount: round(amount) }))
}
