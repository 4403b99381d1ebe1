/** A mail as mailparser reads it (the fields the tests use). */
export type ParsedMail = {
  subject?: string
  text?: string
  html?: string | false
  to?: { text: string; value: { address?: string; name: string }[] } | { text: string; value: { address?: string; name: string }[] }[]
  headers: Map<string, unknown>
  attachments: unknown[]
}

/** Where the tests read mail: the one question both catchers answer. */
export interface Inbox {
  /** The newest mail to `to` that arrived at or after `since` (ms) and matches `pattern`: the match. */
  waitFor(to: string, pattern: RegExp, since?: number, timeoutMs?: number): Promise<RegExpMatchArray>
}

/** A real SMTP server inside the test process: the backend sends through SMTP_URL as in production. */
export declare class MailCatcher implements Inbox {
  readonly messages: ParsedMail[]
  /** Listens on a free port and answers the SMTP_URL to give the backend. */
  start(): Promise<string>
  stop(): Promise<void>
  /** Every message to an address, oldest first. */
  messagesTo(address: string): ParsedMail[]
  /** The newest message to an address, waiting briefly for it to arrive. */
  latestTo(address: string, timeoutMs?: number): Promise<ParsedMail>
  /** The count-th message to an address (1 = the first), waiting briefly for it. */
  nthTo(address: string, count: number, timeoutMs?: number): Promise<ParsedMail>
  waitFor(to: string, pattern: RegExp, since?: number, timeoutMs?: number): Promise<RegExpMatchArray>
}

/** The mail catcher of a running stack (maildev, REST under /api). */
export declare class MaildevInbox implements Inbox {
  constructor(url: string)
  waitFor(to: string, pattern: RegExp, since?: number, timeoutMs?: number): Promise<RegExpMatchArray>
}
