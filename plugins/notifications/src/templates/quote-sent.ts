import { emailTemplate } from "../lib/template"

/** Vendor staff sent the quote ("Skicka offert"): to the requester and the company's administrators. */
export type QuoteSentData = {
  quoteNumber: string
  companyName: string
  /** The total including VAT, in kronor. */
  total: number
  /** The last day the quote holds, YYYY-MM-DD. */
  validUntil: string
  link: string
}

const kronor = (amount: number, locale: "sv" | "en") =>
  new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-SE", { style: "currency", currency: "SEK" }).format(amount)

export const quoteSent = emailTemplate<QuoteSentData>()({
  secret: [],
  view: (data, locale) => ({ totalText: kronor(data.total, locale) }),
  wording: {
    sv: {
      subject: "Offert {{quoteNumber}} från Monitor – giltig till {{validUntil}}",
      paragraphs: [
        "Hej!",
        "Monitor har skickat offert {{quoteNumber}} till {{companyName}}. Att betala: {{totalText}} inkl. moms. Offerten gäller till och med {{validUntil}}.",
        "Läs offerten, svara eller acceptera den under Mina sidor › Offerter – licenserna levereras direkt när den accepteras:\n{{link link}}",
      ],
    },
    en: {
      subject: "Quote {{quoteNumber}} from Monitor – valid until {{validUntil}}",
      paragraphs: [
        "Hello,",
        "Monitor has sent quote {{quoteNumber}} to {{companyName}}. Total: {{totalText}} incl. VAT. The quote is valid through {{validUntil}}.",
        "Read, reply to or accept the quote under My pages › Quotes – the licenses are delivered as soon as it is accepted:\n{{link link}}",
      ],
    },
  },
})
