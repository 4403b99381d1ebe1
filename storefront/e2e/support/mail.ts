import { expect } from "@playwright/test"

// The stack's mail catcher (maildev 3, REST under /api). The test runner passes its address as
// E2E_MAIL_URL; `npm start`'s is http://localhost:1080.
export const MAIL_URL = (process.env.E2E_MAIL_URL || "http://localhost:1080").replace(/\/+$/, "")

interface CaughtMail {
  id: string
  time: string
  subject?: string
  to?: { address: string }[]
  text?: string
  html?: string
}

async function listMail(): Promise<CaughtMail[]> {
  const response = await fetch(`${MAIL_URL}/api/email`)
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`)
  return (await response.json()) as CaughtMail[]
}

async function bodyOf(mail: CaughtMail): Promise<string> {
  if (mail.text || mail.html) return `${mail.text ?? ""}\n${mail.html ?? ""}`
  const response = await fetch(`${MAIL_URL}/api/email/${encodeURIComponent(mail.id)}`)
  const full = (await response.json()) as CaughtMail
  return `${full.text ?? ""}\n${full.html ?? ""}`
}

/** The newest mail to an address that arrived after `since` and matches `pattern`; its match. */
export async function waitForMail(to: string, pattern: RegExp, since: number, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  let found: RegExpMatchArray | null = null
  await expect
    .poll(
      async () => {
        const mails = (await listMail())
          .filter((mail) => mail.to?.some((recipient) => recipient.address.toLowerCase() === to.toLowerCase()))
          .filter((mail) => new Date(mail.time).getTime() >= since - 2_000)
          .sort((a, b) => new Date(b.time).getTime() - new Date(a.time).getTime())
        for (const mail of mails) {
          const match = (await bodyOf(mail)).match(pattern)
          if (match) {
            found = match
            return true
          }
        }
        return false
      },
      { timeout: timeoutMs, message: `a mail to ${to} matching ${pattern}` }
    )
    .toBe(true)
  return found!
}

/** The path and query of the portal link in a mail (its host is the stack's PORTAL_URL). */
export async function waitForPortalLink(
  to: string,
  page: "registrera" | "inbjudan" | "aterstall-losenord",
  since: number
): Promise<string> {
  const [link] = await waitForMail(to, new RegExp(`https?://[^\\s"'<>]+/(?:sv|en)/${page}\\?token=[A-Za-z0-9_-]+`), since)
  const url = new URL(link.replace(/&amp;/g, "&"))
  return `${url.pathname}${url.search}`
}
