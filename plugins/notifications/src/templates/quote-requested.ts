import { emailTemplate } from "../lib/template"

/** A quote was requested in Monitor Store: the confirmation to the requester and the company's administrators. */
export type QuoteRequestedData = {
  quoteNumber: string
  companyName: string
  requesterName: string
  /** The request's message, as written. */
  message: string
  /** The quote's page under Mina sidor › Offerter. */
  link: string
}

export const quoteRequested = emailTemplate<QuoteRequestedData>()({
  secret: [],
  wording: {
    sv: {
      subject: "Offertförfrågan {{quoteNumber}} mottagen – Monitor Store",
      paragraphs: [
        "Hej!",
        "{{requesterName}} har begärt en offert för {{companyName}} (offert {{quoteNumber}}). Monitor återkommer med priser och giltighetstid.",
        "Meddelande:\n{{message}}",
        "Följ offerten under Mina sidor › Offerter:\n{{link link}}",
      ],
    },
    en: {
      subject: "Quote request {{quoteNumber}} received – Monitor Store",
      paragraphs: [
        "Hello,",
        "{{requesterName}} has requested a quote for {{companyName}} (quote {{quoteNumber}}). Monitor will get back with prices and a validity date.",
        "Message:\n{{message}}",
        "Follow the quote under My pages › Quotes:\n{{link link}}",
      ],
    },
  },
})
