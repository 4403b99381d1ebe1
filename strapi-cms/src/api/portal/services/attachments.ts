/**
 * Attachments of portal messages: checked against the contract's rules before anything is written,
 * uploaded through the upload plugin's own service inside the caller's transaction (its file rows
 * and links commit or roll back with the message), bytes removed again when the transaction fails.
 * Also decides whether a portal caller may download a file.
 */
import type { Core } from "@strapi/strapi"
import { errors } from "@strapi/utils"
import fs from "fs"
import { ATTACHMENT_RULES, attachmentProblem, contentMatchesExtension } from "../../../lib/attachment-rules"
import { notFound, PortalError } from "../../../lib/portal-errors"
import { AGREEMENT_UID, FILE_UID, MESSAGE_UID } from "../../../lib/tickets-model"

/** A file as koa-body (formidable) hands it over. */
export interface IncomingFile {
  filepath: string
  originalFilename: string | null
  mimetype: string | null
  size: number
}

interface StoredFile {
  id: number
  hash: string
  ext: string
  formats?: Record<string, { hash: string; ext: string }> | null
}

const readHead = (filepath: string) => {
  const fd = fs.openSync(filepath, "r")
  try {
    const head = Buffer.alloc(8)
    const n = fs.readSync(fd, head, 0, 8, 0)
    return head.subarray(0, n)
  } finally {
    fs.closeSync(fd)
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  validate(files: IncomingFile[]) {
    if (files.length > ATTACHMENT_RULES.maxFiles) {
      throw new PortalError(400, "invalid", `At most ${ATTACHMENT_RULES.maxFiles} files`, {
        errors: [{ path: ["files"], message: "too many files" }],
      })
    }
    for (const f of files) {
      const name = f.originalFilename ?? ""
      const problem = attachmentProblem({ name, mime: f.mimetype ?? "", size: f.size })
      if (problem === "file_too_large") {
        throw new PortalError(400, "file_too_large", `${name} is larger than ${ATTACHMENT_RULES.maxBytes} bytes`, { file: name })
      }
      if (problem === "file_type" || !contentMatchesExtension(name, readHead(f.filepath))) {
        throw new PortalError(400, "file_type", `${name}: file type not allowed`, { file: name })
      }
    }
  },

  /** Upload one by one, linking each to the message; `stored` collects what reached the disk. */
  async uploadForMessage(messageId: number, files: IncomingFile[], stored: StoredFile[]) {
    const upload = strapi.plugin("upload").service("upload")
    for (const file of files) {
      try {
        const [row] = await upload.upload({ data: { ref: MESSAGE_UID, refId: messageId, field: "attachments" }, files: file })
        stored.push(row)
      } catch (error) {
        // The plugin's own refusals (bad name, broken image…) are the caller's fault: a clear 400.
        if (error instanceof errors.ApplicationError) {
          throw new PortalError(400, "invalid", `${file.originalFilename}: ${error.message}`, { file: file.originalFilename })
        }
        throw error
      }
    }
  },

  /** Remove the bytes of files whose rows were rolled back. */
  async discard(stored: StoredFile[]) {
    const provider = strapi.plugin("upload").provider
    for (const f of stored) {
      for (const variant of [f, ...Object.values(f.formats ?? {})]) {
        await provider.delete(variant).catch(() => undefined)
      }
    }
  },

  /**
   * The file row when it is an attachment of a public message of a ticket, or the document of an
   * agreement, of one of the companies; else 404.
   */
  async fileForCompanies(fileId: number, companies: string[]) {
    if (!Number.isInteger(fileId) || fileId <= 0 || companies.length === 0) throw notFound()
    const file = await strapi.db.query(FILE_UID).findOne({ where: { id: fileId }, populate: { related: true } })
    if (!file) throw notFound()
    for (const rel of (file.related ?? []) as Array<{ id: number; __type: string }>) {
      if (rel.__type === MESSAGE_UID) {
        const message = await strapi.db.query(MESSAGE_UID).findOne({
          where: { id: rel.id, internal: false, ticket: { companyKey: { $in: companies } } },
          populate: { ticket: { select: ["id"] } },
        })
        if (message?.ticket) return file
      }
      if (rel.__type === AGREEMENT_UID) {
        const agreement = await strapi.db.query(AGREEMENT_UID).findOne({ where: { id: rel.id, companyKey: { $in: companies } } })
        if (agreement) return file
      }
    }
    throw notFound()
  },
})
