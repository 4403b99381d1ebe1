// Types of visitor-address.cjs (plain CommonJS so that it runs before Next without a build step).
import type { IncomingMessage } from "node:http"

declare namespace visitorAddressModule {
  interface TrustedProxies {
    readonly size: number
    has(address: string | undefined): boolean
  }
}

declare const visitorAddressModule: {
  VISITOR_ADDRESS_HEADER: "x-mymonitor-visitor-ip"
  normalizeAddress(value: unknown): string | undefined
  parseTrustedProxies(value: string | undefined): visitorAddressModule.TrustedProxies
  visitorAddress(
    socketAddress: string | undefined,
    forwardedFor: string | string[] | undefined,
    trusted: visitorAddressModule.TrustedProxies | undefined
  ): string | undefined
  trustedProxiesFromEnv(env?: Record<string, string | undefined>): visitorAddressModule.TrustedProxies
  attachVisitorAddress(req: IncomingMessage, trusted?: visitorAddressModule.TrustedProxies): string | undefined
  installVisitorAddress(options?: {
    modules?: { createServer: (...args: never[]) => unknown }[]
    env?: Record<string, string | undefined>
  }): () => void
}

export = visitorAddressModule
