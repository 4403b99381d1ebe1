/**
 * Private storage for every upload: files are written to PRIVATE_UPLOADS_DIR (outside public/, so
 * the upload plugin's public GET /uploads/* never finds them). The provider reports isPrivate(), so
 * the upload plugin signs each file URL when it is read (admin media library, previews): the signed
 * URL points at GET /private-uploads/:name?exp=&sig=, which checks an HMAC and an expiry. The
 * portal never sees these URLs; it gets bytes through GET /api/portal/files/:id (token + companies).
 */
import crypto from "crypto"
import fs from "fs"
import path from "path"
import { pipeline } from "stream/promises"
import type { Core } from "@strapi/strapi"
import { mimeForExtension } from "./attachment-rules"

export const PRIVATE_ROUTE_PREFIX = "/private-uploads"
const SIGNED_URL_TTL_SECONDS = 15 * 60
const SAFE_NAME = /^[A-Za-z0-9_.-]+$/

interface ProviderFile {
  hash: string
  ext?: string
  url?: string
  stream?: NodeJS.ReadableStream
  buffer?: Buffer
  mime?: string
  sizeInBytes?: number
  provider_metadata?: Record<string, unknown> | null
}

export const storedName = (file: { hash: string; ext?: string }) => `${file.hash}${file.ext ?? ""}`

const signature = (key: string, name: string, exp: number) => crypto.createHmac("sha256", key).update(`${name}.${exp}`).digest("hex")

/** The signing key, derived from the first APP_KEYS entry (stable across restarts). */
export const urlSigningKey = (appKeys: string[]) =>
  crypto.createHmac("sha256", appKeys[0]).update("mymonitor-private-uploads").digest("hex")

export const signedPath = (key: string, name: string, now = Date.now()) => {
  const exp = Math.floor(now / 1000) + SIGNED_URL_TTL_SECONDS
  return `${PRIVATE_ROUTE_PREFIX}/${encodeURIComponent(name)}?exp=${exp}&sig=${signature(key, name, exp)}`
}

export const verifySignedPath = (key: string, name: string, exp: string, sig: string, now = Date.now()): boolean => {
  const expNum = Number(exp)
  if (!SAFE_NAME.test(name) || !Number.isInteger(expNum) || expNum < Math.floor(now / 1000)) return false
  const expected = Buffer.from(signature(key, name, expNum))
  const given = Buffer.from(String(sig))
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** The provider methods (upload plugin contract: uploadStream/upload/delete/isPrivate/getSignedUrl). */
export const createPrivateProvider = (dir: string, signingKey: string) => {
  fs.mkdirSync(dir, { recursive: true })
  const target = (file: ProviderFile) => {
    const name = storedName(file)
    if (!SAFE_NAME.test(name)) throw new Error(`unsafe upload file name "${name}"`)
    return path.join(dir, name)
  }
  return {
    async uploadStream(file: ProviderFile) {
      if (!file.stream) throw new Error("Missing file stream")
      await pipeline(file.stream, fs.createWriteStream(target(file)))
      if (file.sizeInBytes !== undefined) file.provider_metadata = { sizeInBytes: file.sizeInBytes }
      file.url = `${PRIVATE_ROUTE_PREFIX}/${storedName(file)}`
    },
    async upload(file: ProviderFile) {
      if (!file.buffer) throw new Error("Missing file buffer")
      await fs.promises.writeFile(target(file), file.buffer)
      file.provider_metadata = { sizeInBytes: file.buffer.length }
      file.url = `${PRIVATE_ROUTE_PREFIX}/${storedName(file)}`
    },
    async delete(file: ProviderFile) {
      await fs.promises.rm(target(file), { force: true })
    },
    isPrivate() {
      return true
    },
    getSignedUrl(file: ProviderFile) {
      return { url: signedPath(signingKey, storedName(file)) }
    },
  }
}

/** Absolute path of a stored file, or null when the name is unsafe or the file is missing. */
export const privateFilePath = (dir: string, file: { hash: string; ext?: string }): string | null => {
  const name = storedName(file)
  if (!SAFE_NAME.test(name)) return null
  const full = path.join(dir, name)
  return fs.existsSync(full) ? full : null
}

/**
 * Replace the upload plugin's provider methods with the private ones (the plugin's provider object
 * offers `extend` for this) and mount the signed-URL route. Called from register().
 */
export const installPrivateUploads = (strapi: Core.Strapi, dir: string, signingKey: string) => {
  const provider = strapi.plugin("upload").provider as { extend: (o: object) => void }
  provider.extend(createPrivateProvider(dir, signingKey))

  strapi.server.routes([
    {
      method: "GET",
      path: `${PRIVATE_ROUTE_PREFIX}/:name`,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plain koa context
      handler: async (ctx: any) => {
        const { name } = ctx.params as { name: string }
        const { exp, sig } = ctx.query as Record<string, string>
        const full = verifySignedPath(signingKey, name, exp, sig) ? path.join(dir, name) : null
        if (!full || !fs.existsSync(full)) {
          ctx.status = 404
          ctx.body = { data: null, error: { status: 404, name: "NotFoundError", message: "Not Found", details: {} } }
          return
        }
        ctx.set("Cache-Control", "private, no-store")
        ctx.set("X-Content-Type-Options", "nosniff")
        ctx.type = mimeForExtension(name) ?? "application/octet-stream"
        ctx.body = fs.createReadStream(full)
      },
      config: { auth: false },
    },
  ])
}
