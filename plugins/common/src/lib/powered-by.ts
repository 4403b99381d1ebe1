import { ServerResponse } from "node:http"

const PATCHED = Symbol.for("mymonitor.withoutPoweredBy")

/**
 * Express names itself (`X-Powered-By: Express`) in every answer, set by each
 * express app Medusa builds as a request enters it, before any middleware of
 * ours could remove it; and Medusa offers no hook to the apps' settings. So the
 * header is refused where every answer is written: nobody needs to know what
 * serves the API, the admin or the health check.
 */
export function refusePoweredByHeader(): void {
  const prototype = ServerResponse.prototype as ServerResponse & { [PATCHED]?: boolean }
  if (prototype[PATCHED]) return
  const setHeader = prototype.setHeader
  prototype.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    if (name.toLowerCase() === "x-powered-by") return this
    return setHeader.call(this, name, value)
  } as typeof prototype.setHeader
  prototype[PATCHED] = true
}
