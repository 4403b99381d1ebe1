/** Calendar dates in Sweden (Europe/Stockholm), as YYYY-MM-DD: an invoice's issue and due dates. */
const swedishDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" })

export function swedishDateOf(at: Date): string {
  return swedishDate.format(at)
}

/** A calendar date plus whole days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}
