import { emailTemplate } from "../lib/template"

/** A sent quote's validity: a reminder seven days before it ends, and the notice once it has expired. */
export type QuoteValidityData = {
  quoteNumber: string
  companyName: string
  validUntil: string
  /** false: the reminder; true: the expiry notice. */
  expired: boolean
  link: string
}

export const quoteValidity = emailTemplate<QuoteValidityData>()({
  secret: [],
  wording: {
    sv: {
      subject:
        "{{#if expired}}Offert {{quoteNumber}} har gått ut{{else}}Påminnelse: offert {{quoteNumber}} gäller till {{validUntil}}{{/if}}",
      paragraphs: [
        "Hej!",
        "{{#if expired}}Offert {{quoteNumber}} för {{companyName}} gällde till och med {{validUntil}} och kan inte längre accepteras. Begär en ny offert om ni vill gå vidare.{{else}}Offert {{quoteNumber}} för {{companyName}} gäller till och med {{validUntil}}. Acceptera den innan dess för att få licenserna levererade direkt.{{/if}}",
        "Offerten finns under Mina sidor › Offerter:\n{{link link}}",
      ],
    },
    en: {
      subject:
        "{{#if expired}}Quote {{quoteNumber}} has expired{{else}}Reminder: quote {{quoteNumber}} is valid until {{validUntil}}{{/if}}",
      paragraphs: [
        "Hello,",
        "{{#if expired}}Quote {{quoteNumber}} for {{companyName}} was valid through {{validUntil}} and can no longer be accepted. Request a new quote if you want to go ahead.{{else}}Quote {{quoteNumber}} for {{companyName}} is valid through {{validUntil}}. Accept it before then to have the licenses delivered at once.{{/if}}",
        "The quote is under My pages › Quotes:\n{{link link}}",
      ],
    },
  },
})
