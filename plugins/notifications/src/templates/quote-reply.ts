import { emailTemplate } from "../lib/template"

/** Vendor staff wrote in a quote's thread: to the requester. */
export type QuoteReplyData = {
  quoteNumber: string
  companyName: string
  authorName: string
  body: string
  link: string
}

export const quoteReply = emailTemplate<QuoteReplyData>()({
  secret: [],
  wording: {
    sv: {
      subject: "Nytt meddelande i offert {{quoteNumber}}",
      paragraphs: [
        "Hej!",
        "{{authorName}} på Monitor har skrivit i offert {{quoteNumber}} för {{companyName}}:",
        "{{body}}",
        "Läs och svara under Mina sidor › Offerter:\n{{link link}}",
      ],
    },
    en: {
      subject: "New message on quote {{quoteNumber}}",
      paragraphs: [
        "Hello,",
        "{{authorName}} at Monitor has written on quote {{quoteNumber}} for {{companyName}}:",
        "{{body}}",
        "Read and reply under My pages › Quotes:\n{{link link}}",
      ],
    },
  },
})
