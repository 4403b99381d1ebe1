import type { ReactNode } from "react"

// Every page is rendered per request: the Content-Security-Policy's nonce (src/proxy.ts) is new on
// each request and Next can put it on its scripts only while rendering. A page prerendered at build
// time would carry no nonce and its scripts would be blocked.
export const dynamic = "force-dynamic"

// The <html> element is rendered by app/[locale]/layout.tsx, which knows the language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
