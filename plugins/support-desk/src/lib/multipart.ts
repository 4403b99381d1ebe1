import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalidData, sendPortalError } from "@mymonitor/common/lib/portal-errors"
import multer, { MulterError, type StorageEngine, type StoredFile } from "multer"
import { ATTACHMENT_RULES, attachmentError, attachmentProblem, tooManyFilesError } from "./attachment-rules"

/** A file of a portal form, held in memory until it is forwarded to Strapi (at most 5 × 10 MB). */
export type UploadedFile = { name: string; mime: string; size: number; buffer: Buffer }

const CURRENT_FILE = Symbol("support-desk.currentFile")
type Tracked = { [CURRENT_FILE]?: string }

/**
 * Keeps each file in memory like multer's memory storage, and remembers which file is being
 * read, so a file cut off at the size limit can be named in the answer.
 */
const storage: StorageEngine = {
  _handleFile(req, file, callback) {
    ;(req as Tracked)[CURRENT_FILE] = file.originalname
    const chunks: Buffer[] = []
    file.stream.on("data", (chunk: Buffer) => chunks.push(chunk))
    file.stream.on("error", (error: Error) => callback(error))
    file.stream.on("end", () => {
      const buffer = Buffer.concat(chunks)
      callback(null, { buffer, size: buffer.length })
    })
  },
  _removeFile(_req, file, callback) {
    file.buffer = Buffer.alloc(0)
    callback(null)
  },
}

// The limits stop reading a request at the first file past the rules: nothing larger is buffered.
// Browsers send file names as raw UTF-8 ("Kvittens åäö.pdf"); busboy's default would read them as latin1.
const upload = multer({
  storage,
  defParamCharset: "utf8",
  limits: { fileSize: ATTACHMENT_RULES.maxBytes, files: ATTACHMENT_RULES.maxFiles, fields: 20, fieldSize: 200_000 },
}).array("files")

function multerRefusal(error: MulterError, req: MedusaRequest) {
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return attachmentError("file_too_large", (req as unknown as Tracked)[CURRENT_FILE] ?? error.field ?? "files")
    case "LIMIT_FILE_COUNT":
      return tooManyFilesError()
    case "LIMIT_UNEXPECTED_FILE":
      return invalidData({
        [error.field ?? "_"]: [{ sv: "Filer skickas i fältet ”files”.", en: "Files are sent in the field “files”." }],
      })
    default:
      return invalidData({ _: [{ sv: "Formuläret kunde inte läsas.", en: "The form could not be read." }] })
  }
}

/**
 * Reads a multipart form (Medusa's own uploads do the same: multer, field "files") and holds
 * its files to the attachment rules before the handler runs: 400 file_too_large / file_type /
 * too_many_files, naming the file. The files land on `req.uploadedFiles`.
 */
export function acceptAttachments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error?: unknown) => {
    if (error instanceof MulterError) return sendPortalError(res, multerRefusal(error, req))
    if (error) return next(error)
    const files = ((req as unknown as { files?: StoredFile[] }).files ?? []).map((file): UploadedFile => ({
      name: file.originalname,
      mime: file.mimetype,
      size: file.size,
      buffer: file.buffer,
    }))
    for (const file of files) {
      const problem = attachmentProblem({ ...file, head: file.buffer.subarray(0, 8) })
      if (problem) return sendPortalError(res, attachmentError(problem, file.name))
    }
    ;(req as MedusaRequest & { uploadedFiles?: UploadedFile[] }).uploadedFiles = files
    next()
  })
}

export function uploadedFilesOf(req: MedusaRequest): UploadedFile[] {
  return (req as MedusaRequest & { uploadedFiles?: UploadedFile[] }).uploadedFiles ?? []
}
