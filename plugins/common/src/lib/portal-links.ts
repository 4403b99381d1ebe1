/** Absolute links into the customer portal (e-mails, admin screens). */
export function portalUrl(path: string): string {
  const base = (process.env.PORTAL_URL || `http://localhost:${process.env.STOREFRONT_PORT || 8000}`).replace(/\/+$/, "")
  return `${base}${path.startsWith("/") ? path : `/${path}`}`
}
