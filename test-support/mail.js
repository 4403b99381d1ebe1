// The mail catchers of the tests (types: mail.d.ts): a real SMTP server inside the test process
// (the HTTP tests point SMTP_URL at it) and a reader of a running stack's maildev (the browser tests
// and `npm start`). Both answer waitFor(to, pattern, since).
const { simpleParser } = require("mailparser")
const { SMTPServer } = require("smtp-server")

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function poll(mails, to, pattern, since, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const candidates = (await mails())
      .filter((mail) => mail.to.some((address) => address.toLowerCase() === to.toLowerCase()) && mail.at >= since)
      .sort((a, b) => b.at - a.at)
    for (const mail of candidates) {
      const match = `${mail.text}\n${mail.html}`.match(pattern)
      if (match) return match
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${pattern} arrived`)
    await sleep(100)
  }
}

const addressesOf = (field) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address ?? ""))

class MailCatcher {
  constructor() {
    this.messages = []
    this.arrived = []
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail)
            this.arrived.push({
              to: addressesOf(mail.to),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: mail.html || "",
              at: Date.now(),
            })
            callback()
          })
          .catch(callback)
      },
    })
  }

  async start() {
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return `smtp://127.0.0.1:${this.server.server.address().port}`
  }

  stop() {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** Every message to an address, oldest first. */
  messagesTo(address) {
    return this.messages.filter((mail) => addressesOf(mail.to).some((to) => to.toLowerCase() === address.toLowerCase()))
  }

  async latestTo(address, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.messagesTo(address).at(-1)
      if (found) return found
      if (Date.now() > deadline) throw new Error(`No e-mail to ${address} arrived`)
      await sleep(50)
    }
  }

  /** The count-th message to an address (1 = the first), waiting briefly for it. */
  async nthTo(address, count, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.messagesTo(address)
      if (found.length >= count) return found[count - 1]
      if (Date.now() > deadline) throw new Error(`No e-mail #${count} to ${address} (got ${this.messages.length} in all)`)
      await sleep(50)
    }
  }

  waitFor(to, pattern, since = 0, timeoutMs = 5000) {
    return poll(async () => this.arrived, to, pattern, since, timeoutMs)
  }
}

class MaildevInbox {
  constructor(url) {
    this.url = url.replace(/\/+$/, "")
  }

  async mails() {
    const response = await fetch(`${this.url}/api/email`)
    if (!response.ok) throw new Error(`mail catcher answered ${response.status}`)
    const list = await response.json()
    return Promise.all(
      list.map(async (mail) => {
        // Older maildev lists without bodies: then the mail itself is asked.
        const full = mail.text || mail.html ? mail : await (await fetch(`${this.url}/api/email/${encodeURIComponent(mail.id)}`)).json()
        return {
          to: (mail.to ?? []).map((recipient) => recipient.address),
          subject: mail.subject ?? "",
          text: full.text ?? "",
          html: full.html ?? "",
          // maildev's clock and ours may differ by a little
          at: new Date(mail.time).getTime() + 2_000,
        }
      })
    )
  }

  waitFor(to, pattern, since = 0, timeoutMs = 20_000) {
    return poll(() => this.mails(), to, pattern, since, timeoutMs)
  }
}

module.exports = { MailCatcher, MaildevInbox }
