/**
 * The attachment rules of the support contract, mirrored from support-desk's ATTACHMENT_RULES
 * (Medusa checks first; Strapi checks again, since it is the one that stores the bytes).
 */
export const ATTACHMENT_RULES = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  /** Allowed extension → the mime types accepted for it (the first one is served). */
  types: {
    pdf: ["application/pdf"],
    png: ["image/png"],
    jpg: ["image/jpeg"],
    jpeg: ["image/jpeg"],
    gif: ["image/gif"],
    txt: ["text/plain"],
    csv: ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"],
    log: ["text/plain", "text/x-log"],
    xml: ["application/xml", "text/xml"],
    json: ["application/json"],
    zip: ["application/zip", "application/x-zip-compressed"],
    docx: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  } as Record<string, string[]>,
} as const

/** Mime types the upload plugin accepts (its security allow-list), the union of the above. */
export const ALLOWED_UPLOAD_MIME_TYPES = Array.from(new Set(Object.values(ATTACHMENT_RULES.types).flat()))

export const AGREEMENT_DOCUMENT_MIME = "application/pdf"

const GENERIC_MIME = new Set(["", "application/octet-stream"])

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf(".")
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase()
}

/** The mime to serve a stored file with, from its extension (null when not an allowed type). */
export const mimeForExtension = (name: string): string | null => ATTACHMENT_RULES.types[extensionOf(name)]?.[0] ?? null

/** Why an incoming file breaks the rules ("file_too_large" | "file_type"), or null. */
export const attachmentProblem = (file: { name: string; mime: string; size: number }): "file_too_large" | "file_type" | null => {
  const allowed = ATTACHMENT_RULES.types[extensionOf(file.name)]
  const mime = (file.mime || "").toLowerCase().split(";")[0].trim()
  if (!allowed || (!GENERIC_MIME.has(mime) && !allowed.includes(mime))) return "file_type"
  if (file.size > ATTACHMENT_RULES.maxBytes) return "file_too_large"
  return null
}

/** Leading bytes a binary type must start with (text types are not sniffed). */
const MAGIC: Record<string, string[]> = {
  pdf: ["25504446"],
  png: ["89504e47"],
  jpg: ["ffd8ff"],
  jpeg: ["ffd8ff"],
  gif: ["47494638"],
  zip: ["504b0304", "504b0506"],
  docx: ["504b0304"],
  xlsx: ["504b0304"],
}

/** False when a binary type's content does not start like that type (a renamed file). */
export const contentMatchesExtension = (name: string, head: Buffer): boolean => {
  const signatures = MAGIC[extensionOf(name)]
  if (!signatures) return true
  const hex = head.toString("hex")
  return signatures.some((sig) => hex.startsWith(sig))
}
