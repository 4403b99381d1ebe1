// The portal's Content-Security-Policy (Next's nonce recipe, docs: app/guides/content-security-policy).
// src/proxy.ts makes a fresh nonce per request, sends this policy on the response and passes both to
// the render in the request headers: Next reads the nonce from the request's
// `Content-Security-Policy` and puts it on its own <script> tags; `x-nonce` is there for any
// <Script> of ours. Every page is rendered per request (app/layout.tsx), so every page has the nonce.

export const NONCE_HEADER = "x-nonce"
export const CSP_HEADER = "Content-Security-Policy"

/** 128 random bits, base64 (the nonce-source grammar Next's parser accepts). */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

export interface CspOptions {
  /** `next dev`: React's dev tooling needs eval (server error stacks in the browser). */
  development?: boolean
  /** The portal is served over https (PORTAL_URL): upgrade any stray http: subresource. */
  https?: boolean
}

/**
 * The policy for one response (pure). Scripts: only ours with the nonce, and what they load
 * ('strict-dynamic'); styles: our stylesheets plus inline ones with the nonce (Next's);
 * images: ours and data: URLs (the 2FA setup's QR code); fetches (server actions, RSC) to us only;
 * no plugins, no framing, forms post only to us.
 */
export function contentSecurityPolicy(nonce: string, options: CspOptions = {}): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("invalid CSP nonce")
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // Dev tooling injects styles without the nonce (and a nonce would switch 'unsafe-inline' off).
    `style-src 'self' ${options.development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  if (options.https) directives.push("upgrade-insecure-requests")
  return directives.join("; ")
}
