import { MaildevInbox } from "../../../test-support/mail"

// The stack's mail catcher (maildev 3, REST under /api), read through test-support's inbox. The test
// runner passes its address as E2E_MAIL_URL; `npm start`'s is http://localhost:1080.
export const MAIL_URL = (process.env.E2E_MAIL_URL || "http://localhost:1080").replace(/\/+$/, "")

const inbox = new MaildevInbox(MAIL_URL)

/** The newest mail to an address that arrived after `since` and matches `pattern`; its match. */
export function waitForMail(to: string, pattern: RegExp, since: number, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return inbox.waitFor(to, pattern, since, timeoutMs)
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
