import type { LocalizedMessage } from "@mymonitor/common/lib/portal-errors"
import { PortalError } from "@mymonitor/common/lib/portal-errors"

/**
 * The attachment rules of the support contract: at most 5 files per message, each at most
 * 10 MB, of these types. Strapi's upload config mirrors this constant (strapi-cms/src/lib/
 * attachment-rules.ts); Medusa checks first, so nothing that breaks them reaches Strapi.
 */
export const ATTACHMENT_RULES = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  /** Allowed extension → the mime types accepted for it (the first is the one forwarded to Strapi). */
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
  } as Readonly<Record<string, readonly string[]>>,
} as const

export const AGREEMENT_DOCUMENT_MIME = "application/pdf"

/** What browsers send when they do not know a type: the extension decides then. */
const GENERIC_MIME = new Set(["", "application/octet-stream"])

/** Magic numbers of the binary types: a renamed executable is not a PDF. */
const SIGNATURES: Readonly<Record<string, readonly number[][]>> = {
  pdf: [[0x25, 0x50, 0x44, 0x46]],
  png: [[0x89, 0x50, 0x4e, 0x47]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
  gif: [[0x47, 0x49, 0x46, 0x38]],
  zip: [
    [0x50, 0x4b, 0x03, 0x04],
    [0x50, 0x4b, 0x05, 0x06],
  ],
  docx: [[0x50, 0x4b, 0x03, 0x04]],
  xlsx: [[0x50, 0x4b, 0x03, 0x04]],
}

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf(".")
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase()
}

export type IncomingFile = { name: string; mime: string; size: number; head?: Uint8Array }
export type AttachmentProblem = "file_too_large" | "file_type"

/** Why a file breaks the rules, or null. The type is checked first: a forbidden file is refused whatever its size. */
export function attachmentProblem(file: IncomingFile): AttachmentProblem | null {
  const extension = extensionOf(file.name)
  const allowed = ATTACHMENT_RULES.types[extension]
  const mime = (file.mime || "").toLowerCase().split(";")[0].trim()
  if (!allowed || (!GENERIC_MIME.has(mime) && !allowed.includes(mime))) return "file_type"
  const signatures = SIGNATURES[extension]
  if (signatures && file.head && file.size > 0 && !signatures.some((magic) => magic.every((byte, i) => file.head![i] === byte))) {
    return "file_type"
  }
  if (file.size > ATTACHMENT_RULES.maxBytes) return "file_too_large"
  return null
}

/** The mime a file is forwarded to Strapi with: the canonical one of its extension. */
export const forwardedMime = (name: string): string => ATTACHMENT_RULES.types[extensionOf(name)]?.[0] ?? "application/octet-stream"

const ALLOWED_LIST = Object.keys(ATTACHMENT_RULES.types).join(", ")
const MAX_MB = ATTACHMENT_RULES.maxBytes / (1024 * 1024)

export function attachmentMessage(problem: AttachmentProblem, name: string): LocalizedMessage {
  return problem === "file_too_large"
    ? { sv: `Filen ”${name}” är större än ${MAX_MB} MB.`, en: `The file “${name}” is larger than ${MAX_MB} MB.` }
    : {
        sv: `Filen ”${name}” har en filtyp som inte är tillåten. Tillåtna typer: ${ALLOWED_LIST}.`,
        en: `The file “${name}” is of a type that is not allowed. Allowed types: ${ALLOWED_LIST}.`,
      }
}

/** The portal's answer to a file that breaks the rules: 400 with the problem as code, the file named, under `files`. */
export function attachmentError(problem: AttachmentProblem, name: string): PortalError {
  const message = attachmentMessage(problem, name)
  return new PortalError(400, problem, message, { files: [message] })
}

export function tooManyFilesError(): PortalError {
  const message = {
    sv: `Högst ${ATTACHMENT_RULES.maxFiles} filer per meddelande.`,
    en: `At most ${ATTACHMENT_RULES.maxFiles} files per message.`,
  }
  return new PortalError(400, "too_many_files", message, { files: [message] })
}
