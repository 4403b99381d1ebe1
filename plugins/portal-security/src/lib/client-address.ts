import type { MedusaRequest } from "@medusajs/framework/http"
import { safeEqual } from "./secret-tokens"

export const CLIENT_IP_HEADER = "x-portal-client-ip"
export const FORWARD_SECRET_HEADER = "x-portal-forward-secret"

/**
 * The address of the person behind a request. The storefront's server calls the
 * backend for its visitors, so it forwards the visitor's address in
 * `X-Portal-Client-Ip` together with `X-Portal-Forward-Secret`; the header is
 * believed only with the right secret (PORTAL_FORWARD_SECRET), so nobody else can
 * pick the address their attempts are counted under. Otherwise: the socket peer.
 */
export function clientAddress(req: MedusaRequest): string {
  const secret = process.env.PORTAL_FORWARD_SECRET
  const offered = req.get?.(FORWARD_SECRET_HEADER) ?? (req.headers[FORWARD_SECRET_HEADER] as string | undefined)
  const forwarded = req.get?.(CLIENT_IP_HEADER) ?? (req.headers[CLIENT_IP_HEADER] as string | undefined)
  if (secret && offered && forwarded && safeEqual(offered, secret)) {
    const address = forwarded.split(",")[0].trim()
    if (/^[0-9a-fA-F:.]{2,45}$/.test(address)) return address
  }
  return req.socket?.remoteAddress ?? "unknown"
}

export function userAgentOf(req: MedusaRequest): string | undefined {
  const agent = req.headers["user-agent"]
  return typeof agent === "string" ? agent.slice(0, 300) : undefined
}
