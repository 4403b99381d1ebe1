import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { StrapiClient } from "./strapi-client"

/** A download's name in Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/**
 * Streams a file Strapi holds for these companies to the caller: never cached, never sniffed,
 * always a download. Strapi answers 404 for a file outside the companies.
 */
export async function sendStrapiFile(
  res: MedusaResponse,
  strapi: StrapiClient,
  input: { fileId: string | number; companies: readonly string[]; name?: string; type?: string }
) {
  const file = await strapi.file(`/api/portal/files/${encodeURIComponent(String(input.fileId))}`, { companies: input.companies })
  res.setHeader("Content-Type", input.type ?? file.type)
  res.setHeader("Content-Disposition", input.name ? disposition(input.name) : (file.disposition ?? "attachment"))
  if (file.length) res.setHeader("Content-Length", file.length)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(200)
  await pipeline(Readable.fromWeb(file.body as import("node:stream/web").ReadableStream), res)
}
