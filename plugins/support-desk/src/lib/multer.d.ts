// multer (the version @medusajs/medusa parses its own uploads with) ships no types and
// @types/multer is not installed: the few parts used here, typed by hand.
declare module "multer" {
  import type { Readable } from "node:stream"

  export type IncomingMulterFile = {
    fieldname: string
    originalname: string
    encoding: string
    mimetype: string
    stream: Readable
  }
  export type StoredFile = IncomingMulterFile & { buffer: Buffer; size: number }
  export type StorageEngine = {
    _handleFile(req: unknown, file: IncomingMulterFile, callback: (error: Error | null, info?: Partial<StoredFile>) => void): void
    _removeFile(req: unknown, file: StoredFile, callback: (error: Error | null) => void): void
  }
  export type Limits = { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number }
  export type RequestHandler = (req: unknown, res: unknown, next: (error?: unknown) => void) => void
  export class MulterError extends Error {
    code: string
    field?: string
  }
  type Multer = { array(field: string, maxCount?: number): RequestHandler; none(): RequestHandler }
  function multer(options: { storage?: StorageEngine; limits?: Limits; defParamCharset?: string }): Multer
  namespace multer {
    function memoryStorage(): StorageEngine
  }
  export default multer
}
