import { emailTemplate, type Locale } from "../lib/template"

/**
 * An invoice (or a credit note) of myMonitor was issued to a company: sent to the
 * company's invoice address with the PDF attached (the attachment goes with the
 * message only, never into the stored notification). Amounts are integer öre.
 */
export type InvoiceIssuedData = {
  kind: "invoice" | "credit_note"
  invoiceNumber: string
  companyName: string
  issueDate: string
  /** Invoices only. */
  dueDate?: string | null
  /** Öre, VAT included (negative for a credit note). */
  totalOre: number
  currency: string
  /** Invoices only: where and how to pay. */
  bankgiro?: string | null
  ocr?: string | null
  yourReference?: string | null
  sellerName: string
  /** Mina sidor › Fakturor in the portal (no token: the portal asks for a login). */
  link: string
}

function amount(ore: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { style: "currency", currency: currency.toUpperCase() }).format(
    ore / 100
  )
}

export const invoiceIssued = emailTemplate<InvoiceIssuedData>()({
  secret: [],
  view: (data, locale) => ({
    credit: data.kind === "credit_note",
    amountText: amount(Math.abs(data.totalOre), data.currency, locale),
  }),
  wording: {
    sv: {
      subject: "{{#if credit}}Kreditfaktura{{else}}Faktura{{/if}} {{invoiceNumber}} från {{sellerName}}",
      paragraphs: [
        "Hej!",
        "{{#if credit}}Här är kreditfaktura {{invoiceNumber}} till {{companyName}}, daterad {{issueDate}}. " +
          "Krediterat belopp: {{amountText}}.{{else}}Här är faktura {{invoiceNumber}} till {{companyName}}, daterad {{issueDate}}. " +
          "Att betala: {{amountText}} senast {{dueDate}}.{{/if}}{{#if yourReference}} Er referens: {{yourReference}}.{{/if}}",
        "{{#unless credit}}Betala till bankgiro {{bankgiro}} och ange OCR-nummer {{ocr}}.{{/unless}}",
        "Fakturan finns som PDF i bilagan och under Mina sidor › Fakturor:\n{{link link}}",
      ],
    },
    en: {
      subject: "{{#if credit}}Credit note{{else}}Invoice{{/if}} {{invoiceNumber}} from {{sellerName}}",
      paragraphs: [
        "Hello,",
        "{{#if credit}}Here is credit note {{invoiceNumber}} to {{companyName}}, dated {{issueDate}}. " +
          "Amount credited: {{amountText}}.{{else}}Here is invoice {{invoiceNumber}} to {{companyName}}, dated {{issueDate}}. " +
          "Amount due: {{amountText}} by {{dueDate}}.{{/if}}{{#if yourReference}} Your reference: {{yourReference}}.{{/if}}",
        "{{#unless credit}}Pay to bankgiro {{bankgiro}} quoting the OCR reference {{ocr}}.{{/unless}}",
        "The invoice is attached as a PDF and is under My pages › Invoices:\n{{link link}}",
      ],
    },
  },
})
