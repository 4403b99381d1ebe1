import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PortalError, sendPortalError } from "@mymonitor/common/lib/portal-errors"

/** The ERP API's requests are small; anything bigger is refused before it is read. */
export const MAX_ERP_BODY_BYTES = 64 * 1024

/**
 * Reads the request body as raw bytes into `req.rawBody` without parsing it.
 * The ERP route turns Medusa's body parsers off (`bodyParser: false`): a parser
 * would answer malformed JSON with its own 400 before the signature is checked,
 * and the contract puts 401 first. The route parses the JSON itself, after the
 * signature matched.
 */
export function readRawBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const chunks: Buffer[] = []
  let size = 0
  let done = false
  const finish = (error?: PortalError) => {
    if (done) return
    done = true
    if (error) {
      sendPortalError(res, error)
      req.resume()
      return
    }
    req.rawBody = Buffer.concat(chunks)
    next()
  }
  req.on("data", (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_ERP_BODY_BYTES) {
      finish(
        new PortalError(413, "payload_too_large", {
          sv: "Begäran är för stor.",
          en: "The request is too large.",
        })
      )
      return
    }
    if (!done) chunks.push(chunk)
  })
  req.on("end", () => finish())
  req.on("error", (error) => {
    if (done) return
    done = true
    next(error)
  })
}
