// The storefront's own download URLs (route handlers under src/app/[locale]/(portal)/mina-sidor/…):
// the browser never sees a backend URL. Plain <a href> links: a route handler is no page to navigate to.

const segment = encodeURIComponent

export function licenseFileHref(locale: string, companyId: string, licenseId: string): string {
  return `/${locale}/mina-sidor/licenser/fil/${segment(companyId)}/${segment(licenseId)}`
}

export function licensesCsvHref(locale: string, filter: { company?: string; status?: string }): string {
  const query = new URLSearchParams()
  if (filter.company) query.set("company", filter.company)
  if (filter.status) query.set("status", filter.status)
  const search = query.toString()
  return `/${locale}/mina-sidor/licenser/export${search ? `?${search}` : ""}`
}

export function invoicePdfHref(locale: string, companyId: string, invoiceId: string): string {
  return `/${locale}/mina-sidor/fakturor/pdf/${segment(companyId)}/${segment(invoiceId)}`
}

export function quotePdfHref(locale: string, companyId: string, quoteId: string): string {
  return `/${locale}/mina-sidor/offerter/pdf/${segment(companyId)}/${segment(quoteId)}`
}

export function agreementPdfHref(locale: string, companyId: string, agreementId: string): string {
  return `/${locale}/mina-sidor/avtal/pdf/${segment(companyId)}/${segment(agreementId)}`
}

export function ticketAttachmentHref(locale: string, companyId: string, ticketId: string, fileId: string): string {
  return `/${locale}/support/${segment(companyId)}/${segment(ticketId)}/bilaga/${segment(fileId)}`
}
