import { emailTemplate } from "../lib/template"

/** A company's order was placed in Monitor Store and its licenses delivered: the buyer's confirmation. */
export type OrderConfirmationData = {
  orderNumber: string
  companyName: string
  /** "Er referens", when the buyer gave one. */
  yourReference?: string | null
  lines: { title: string; quantity: number; total: number }[]
  subtotal: number
  taxTotal: number
  total: number
  /** The delivered licenses with their keys; secret: never stored with the notification. */
  licenses: { product: string; key: string; seats: number }[]
  invoiceNumber?: string | null
  /** The order's confirmation page in the portal (no token: the portal asks for a login). */
  link: string
}

const kronor = (amount: number, locale: "sv" | "en") =>
  new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-SE", { style: "currency", currency: "SEK" }).format(amount)

export const orderConfirmation = emailTemplate<OrderConfirmationData>()({
  secret: ["licenses"],
  view: (data, locale) => ({
    lineTexts: data.lines.map((line) => `${line.quantity} × ${line.title}: ${kronor(line.total, locale)}`),
    licenseTexts: data.licenses.map((license) => `${license.product} (${license.seats}): ${license.key}`),
    subtotalText: kronor(data.subtotal, locale),
    taxText: kronor(data.taxTotal, locale),
    totalText: kronor(data.total, locale),
  }),
  wording: {
    sv: {
      subject: "Orderbekräftelse {{orderNumber}} – Monitor Store",
      paragraphs: [
        "Hej!",
        "Tack för din beställning för {{companyName}}. Ordernummer: {{orderNumber}}.{{#if yourReference}} Er referens: {{yourReference}}.{{/if}}",
        "{{#each lineTexts}}{{#unless @first}}\n{{/unless}}{{this}}{{/each}}",
        "Summa exkl. moms: {{subtotalText}}\nMoms: {{taxText}}\nAtt betala: {{totalText}}",
        "{{#if licenseTexts.length}}Dina licenser är levererade:{{#each licenseTexts}}\n{{this}}{{/each}}{{/if}}",
        "{{#if invoiceNumber}}Faktura {{invoiceNumber}} skickas till företagets fakturaadress.{{/if}}",
        "Licensfilerna, ordern och fakturan finns under Mina sidor:\n{{link link}}",
      ],
    },
    en: {
      subject: "Order confirmation {{orderNumber}} – Monitor Store",
      paragraphs: [
        "Hello,",
        "Thank you for your order for {{companyName}}. Order number: {{orderNumber}}.{{#if yourReference}} Your reference: {{yourReference}}.{{/if}}",
        "{{#each lineTexts}}{{#unless @first}}\n{{/unless}}{{this}}{{/each}}",
        "Subtotal excl. VAT: {{subtotalText}}\nVAT: {{taxText}}\nTotal: {{totalText}}",
        "{{#if licenseTexts.length}}Your licenses are delivered:{{#each licenseTexts}}\n{{this}}{{/each}}{{/if}}",
        "{{#if invoiceNumber}}Invoice {{invoiceNumber}} is sent to the company's invoice address.{{/if}}",
        "The license files, the order and the invoice are under My pages:\n{{link link}}",
      ],
    },
  },
})
