import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

// The storefront lives in an npm-workspaces monorepo: its dependencies are hoisted to the root,
// so both Turbopack and the standalone output's file tracing must look from there.
const monorepoRoot = path.join(__dirname, "..")

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// Browser features the portal never uses, switched off for it and for anything it might embed.
const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "accelerometer=()",
  "gyroscope=()",
  "magnetometer=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ")

// For the paths src/proxy.ts leaves out (Next's internals under /_next/, paths ending in .json): no
// page of ours is served there, so a fixed policy without any inline script (a 404 there is still
// an HTML page). Pages get a policy with a per-request nonce from the proxy.
const UNPROXIED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

// Support's forms send up to 5 attachments of 10 MB each (plugins/support-desk's ATTACHMENT_RULES) through
// a server action: both the action's body limit (1 MB by default) and the proxy's copy of the body
// (10 MB by default, cut off beyond it) must hold that, plus the form's text.
const FORM_WITH_ATTACHMENTS_LIMIT = "52mb"

const nextConfig: NextConfig = {
  output: "standalone",
  experimental: {
    serverActions: { bodySizeLimit: FORM_WITH_ATTACHMENTS_LIMIT },
    proxyClientMaxBodySize: FORM_WITH_ATTACHMENTS_LIMIT,
  },
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: UNPROXIED_CSP }] },
      { source: "/:path(.*\\.json)", headers: [{ key: "Content-Security-Policy", value: UNPROXIED_CSP }] },
    ]
  },
}

export default withNextIntl(nextConfig)
