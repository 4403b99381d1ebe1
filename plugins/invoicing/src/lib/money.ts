/**
 * Amounts in this plugin are integer öre (1 SEK = 100 öre): in the database, in the
 * service's input and output, in the routes. `oreFromAmount` turns a Medusa amount
 * (kronor, a number with at most two decimals) into öre; `formatSek` shows öre as
 * Swedish kronor ("1 250,00").
 */

/** The largest amount a column holds (a 32-bit integer of öre: a little over 21 million kronor). */
export const MAX_ORE = 2_147_483_647

/** Kronor (at most two decimals) → öre. Throws on a value that is not a whole number of öre. */
export function oreFromAmount(amount: number): number {
  const ore = Math.round(amount * 100)
  if (!Number.isFinite(amount) || Math.abs(ore - amount * 100) > 1e-6) {
    throw new Error(`${String(amount)} is not an amount in kronor with at most two decimals`)
  }
  return ore
}

/** Öre → kronor, for callers that want Medusa's convention back. */
export function amountFromOre(ore: number): number {
  return ore / 100
}

/** Half away from zero, as Swedish rounding of VAT does. */
export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value))
}

export type LineAmounts = { quantity: number; unit_price: number; tax_rate: number }
export type RateTotal = { tax_rate: number; subtotal: number; tax: number }
export type InvoiceTotals = {
  lines: { subtotal: number; tax: number }[]
  by_rate: RateTotal[]
  subtotal: number
  tax_total: number
  total: number
}

/**
 * The totals of an invoice: each line's subtotal (quantity × unit price), VAT per
 * rate (lines grouped by tax rate, each group's VAT rounded once to whole öre), the
 * sum. A line's own `tax` is its share for display; the invoice's VAT is the groups'.
 */
export function invoiceTotals(lines: readonly LineAmounts[]): InvoiceTotals {
  const lineAmounts = lines.map((line) => {
    const subtotal = line.quantity * line.unit_price
    return { subtotal, tax: roundHalfAwayFromZero((subtotal * line.tax_rate) / 100) }
  })
  const groups = new Map<number, number>()
  lines.forEach((line, i) => groups.set(line.tax_rate, (groups.get(line.tax_rate) ?? 0) + lineAmounts[i].subtotal))
  const by_rate = [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([tax_rate, subtotal]) => ({ tax_rate, subtotal, tax: roundHalfAwayFromZero((subtotal * tax_rate) / 100) }))
  const subtotal = by_rate.reduce((sum, group) => sum + group.subtotal, 0)
  const tax_total = by_rate.reduce((sum, group) => sum + group.tax, 0)
  return { lines: lineAmounts, by_rate, subtotal, tax_total, total: subtotal + tax_total }
}

/** "1 250,00" (öre → kronor with a space between thousands and a decimal comma). */
export function formatSek(ore: number): string {
  const negative = ore < 0
  const abs = Math.abs(ore)
  const kronor = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ")
  return `${negative ? "-" : ""}${kronor},${String(abs % 100).padStart(2, "0")}`
}
