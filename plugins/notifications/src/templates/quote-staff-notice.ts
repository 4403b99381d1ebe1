import { emailTemplate } from "../lib/template"

export type QuoteStaffEvent = "requested" | "replied" | "accepted" | "declined"

/** Something vendor staff must act on in a quote: a new request, a customer's reply, an acceptance or a decline. */
export type QuoteStaffNoticeData = {
  event: QuoteStaffEvent
  quoteNumber: string
  companyName: string
  /** Who did it on the customer's side. */
  personName: string
  /** The request's or reply's text; empty for an acceptance or a decline. */
  message?: string | null
  /** The quote's page in the Medusa admin. */
  link: string
}

const EVENT_TEXT: Record<"sv" | "en", Record<QuoteStaffEvent, string>> = {
  sv: {
    requested: "har begärt en offert",
    replied: "har svarat i offerten",
    accepted: "har accepterat offerten",
    declined: "har avböjt offerten",
  },
  en: {
    requested: "has requested a quote",
    replied: "has replied on the quote",
    accepted: "has accepted the quote",
    declined: "has declined the quote",
  },
}

export const quoteStaffNotice = emailTemplate<QuoteStaffNoticeData>()({
  secret: [],
  view: (data, locale) => ({ eventText: EVENT_TEXT[locale][data.event] }),
  wording: {
    sv: {
      subject: "Offert {{quoteNumber}} ({{companyName}}): {{personName}} {{eventText}}",
      paragraphs: [
        "{{personName}} på {{companyName}} {{eventText}} (offert {{quoteNumber}}).",
        "{{#if message}}Meddelande:\n{{message}}{{/if}}",
        "Öppna offerten i Medusa-adminen:\n{{link link}}",
      ],
    },
    en: {
      subject: "Quote {{quoteNumber}} ({{companyName}}): {{personName}} {{eventText}}",
      paragraphs: [
        "{{personName}} at {{companyName}} {{eventText}} (quote {{quoteNumber}}).",
        "{{#if message}}Message:\n{{message}}{{/if}}",
        "Open the quote in the Medusa admin:\n{{link link}}",
      ],
    },
  },
})
