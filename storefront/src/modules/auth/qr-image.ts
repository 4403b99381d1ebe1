/**
 * The backend's `qr_code_svg` as an <img> source: a data URL as it is, or SVG markup made into
 * one. Only images: anything else gives an empty source (the key is shown as text anyway).
 */
export function qrImageSource(qr: string | undefined): string {
  const value = (qr ?? "").trim()
  if (/^data:image\/(svg\+xml|png)[;,]/i.test(value)) return value
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(value)) return `data:image/svg+xml;base64,${Buffer.from(value, "utf8").toString("base64")}`
  return ""
}

/** The TOTP key in groups of four, easier to type into an app by hand. */
export function groupKey(secret: string): string {
  return secret.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ")
}
