import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { QUOTE_DECIDED, QUOTE_MESSAGE_ADDED, QUOTE_REQUESTED, QUOTE_SENT } from "../lib/events"
import { mailEach, quoteMailFacts, swedishDate } from "../lib/quote-mail"
import { orderFactsOf } from "@mymonitor/monitor-store/lib/order-facts"
import { adminQuoteUrl, customerSideOf, requesterOf, vendorStaff } from "../lib/recipients"
import { QUOTE_MODULE, type QuoteModuleService } from "../modules/quote"

type QuoteEvent = { id: string; message_id?: string }

/**
 * The quote's mails: a request confirms to the requester and the company's administrators and tells
 * vendor staff; a sent quote goes to the customer side; a message reaches the other side; the
 * customer's decision reaches vendor staff.
 */
export default async function quoteMailsHandler({ event, container }: SubscriberArgs<QuoteEvent>) {
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const [quote] = await quotes.listQuotes({ id: event.data.id }, { take: 1 })
  if (!quote) return
  const facts = await quoteMailFacts(container, quote)
  const staffLink = adminQuoteUrl(quote.id)

  if (event.name === QUOTE_REQUESTED) {
    const [first] = await quotes.threadOf(quote.id)
    const message = first?.text ?? ""
    const requesterName = first?.author_name ?? ""
    await mailEach(
      container,
      await customerSideOf(container, quote.company_id, quote.customer_id),
      "quote-requested",
      { ...facts, requesterName, message },
      quote,
      event.name
    )
    await mailEach(
      container,
      await vendorStaff(container),
      "quote-staff-notice",
      {
        event: "requested",
        quoteNumber: facts.quoteNumber,
        companyName: facts.companyName,
        personName: requesterName,
        message,
        link: staffLink,
      },
      quote,
      event.name
    )
  } else if (event.name === QUOTE_SENT) {
    const draftOrder = (await orderFactsOf(container, [quote.draft_order_id])).get(quote.draft_order_id)
    await mailEach(
      container,
      await customerSideOf(container, quote.company_id, quote.customer_id),
      "quote-sent",
      { ...facts, total: draftOrder?.total ?? 0, validUntil: quote.valid_until ? swedishDate(quote.valid_until) : "" },
      quote,
      event.name
    )
  } else if (event.name === QUOTE_MESSAGE_ADDED && event.data.message_id) {
    const message = (await quotes.threadOf(quote.id)).find((m) => m.id === event.data.message_id)
    if (!message) return
    if (message.author_type === "staff") {
      await mailEach(
        container,
        await requesterOf(container, quote.customer_id),
        "quote-reply",
        { ...facts, authorName: message.author_name, body: message.text },
        quote,
        event.name
      )
    } else {
      await mailEach(
        container,
        await vendorStaff(container),
        "quote-staff-notice",
        {
          event: "replied",
          quoteNumber: facts.quoteNumber,
          companyName: facts.companyName,
          personName: message.author_name,
          message: message.text,
          link: staffLink,
        },
        quote,
        event.name
      )
    }
  } else if (
    event.name === QUOTE_DECIDED &&
    (quote.status === "accepted" || quote.status === "declined") &&
    quote.decided_by_type === "customer"
  ) {
    await mailEach(
      container,
      await vendorStaff(container),
      "quote-staff-notice",
      {
        event: quote.status,
        quoteNumber: facts.quoteNumber,
        companyName: facts.companyName,
        personName: quote.decided_by_name ?? "",
        message: null,
        link: staffLink,
      },
      quote,
      event.name
    )
  }
}

export const config: SubscriberConfig = { event: [QUOTE_REQUESTED, QUOTE_SENT, QUOTE_MESSAGE_ADDED, QUOTE_DECIDED] }
