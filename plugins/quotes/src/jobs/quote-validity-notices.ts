import type { MedusaContainer } from "@medusajs/framework/types"
import { mailEach, quoteMailFacts, swedishDate } from "../lib/quote-mail"
import { customerSideOf } from "../lib/recipients"
import { QUOTE_MODULE, type QuoteModuleService } from "../modules/quote"

/**
 * Seven days before a sent quote's validity ends, a reminder; once it has ended, the expiry notice.
 * Expiry itself is computed when a quote is read: this job only mails, each notice once.
 */
export default async function quoteValidityNotices(container: MedusaContainer, now = new Date()) {
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  for (const [notice, ids] of [
    ["reminder", await quotes.dueReminders(now)],
    ["expiry", await quotes.dueExpiryNotices(now)],
  ] as const) {
    for (const id of ids) {
      if (!(await quotes.claimNotice(id, notice))) continue
      const quote = await quotes.retrieveQuote(id)
      const facts = await quoteMailFacts(container, quote)
      await mailEach(
        container,
        await customerSideOf(container, quote.company_id, quote.customer_id),
        "quote-validity",
        { ...facts, validUntil: quote.valid_until ? swedishDate(quote.valid_until) : "", expired: notice === "expiry" },
        quote,
        `quote.${notice}`
      )
    }
  }
}

export const config = { name: "quotes-validity-notices", schedule: "*/15 * * * *" }
