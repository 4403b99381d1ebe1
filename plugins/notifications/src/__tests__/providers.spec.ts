import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { depositMessage, pendingMessageCount } from "../lib/handoff"
import { DEFAULT_MAIL_FROM } from "../lib/smtp"
import { renderMessage } from "../lib/render"
import EmailNotificationProviderService from "../providers/email/service"
import SmsNotificationProviderService from "../providers/sms/service"
import { SAMPLES } from "./helpers/samples"
import { SmsGatewayServer, SmtpCatcher } from "./helpers/servers"

jest.setTimeout(20_000)

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

/** What the notification module passes a provider for a message sendMessage handed off. */
function handedOff(channel: "email" | "sms", to: string, content: ReturnType<typeof renderMessage>): ProviderSendNotificationDTO {
  const ref = depositMessage({ channel, to, content } as Parameters<typeof depositMessage>[0])
  return { to, channel, template: "test", data: { message_ref: ref } }
}

describe("the e-mail provider, against a real SMTP server", () => {
  const smtp = new SmtpCatcher({ rejectRecipient: (address) => address.startsWith("bounce@") })
  let smtpUrl: string
  beforeAll(async () => {
    smtpUrl = await smtp.start()
  })
  afterAll(() => smtp.stop())

  it("sends the handed-off message as text and HTML, through SMTP_URL read when it sends", async () => {
    const provider = new EmailNotificationProviderService({}, {})
    process.env.SMTP_URL = smtpUrl
    delete process.env.MAIL_FROM
    const sample = SAMPLES.invitation
    const result = await provider.send(handedOff("email", sample.to, renderMessage("invitation", sample.data)))
    expect(result.id).toMatch(/@/)
    const mail = await smtp.latestTo(sample.to)
    expect(mail.subject).toBe("Inbjudan till myMonitor / Invitation to myMonitor")
    expect(mail.from?.text).toBe(DEFAULT_MAIL_FROM.replace("myMonitor <", '"myMonitor" <'))
    expect(mail.text).toContain("Anna Andersson har bjudit in dig till myMonitor för Verkstad Nord AB med rollen Administratör")
    expect(mail.text?.match(/\/sv\/inbjudan\?token=([A-Za-z0-9_-]+)/)?.[1]).toBe("InvSecret_2")
    expect(mail.html).toContain('<a href="http://portal.test/sv/inbjudan?token=InvSecret_2">')
    expect(pendingMessageCount()).toBe(0)
  })

  it("attaches the files handed off with an e-mail (an invoice PDF)", async () => {
    const provider = new EmailNotificationProviderService({}, { smtpUrl })
    const sample = SAMPLES["invoice-issued"]
    const pdf = Buffer.from("%PDF-1.3 test invoice\n%%EOF")
    const ref = depositMessage({
      channel: "email",
      to: sample.to,
      content: renderMessage("invoice-issued", sample.data),
      attachments: [{ filename: "faktura-1042.pdf", content: pdf, content_type: "application/pdf" }],
    })
    await provider.send({ to: sample.to, channel: "email", template: "invoice-issued", data: { message_ref: ref } })
    const mail = await smtp.latestTo(sample.to)
    expect(mail.subject).toBe("Faktura 1042 från Monitor ERP System AB / Invoice 1042 from Monitor ERP System AB")
    expect(mail.attachments.map((file) => [file.filename, file.contentType, file.content.equals(pdf)])).toEqual([
      ["faktura-1042.pdf", "application/pdf", true],
    ])
  })

  it("takes smtpUrl and from from its options, and sends a notification's own content", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"
    const provider = new EmailNotificationProviderService({}, { smtpUrl, from: "Monitor <portal@monitor.example>" })
    await provider.send({ to: "content@kund.se", channel: "email", template: "x", content: { subject: "Hej", text: "Bara text" } })
    const mail = await smtp.latestTo("content@kund.se")
    expect(mail.subject).toBe("Hej")
    expect(mail.text?.trim()).toBe("Bara text")
    expect(mail.html).toBe(false)
    expect(mail.from?.value[0].address).toBe("portal@monitor.example")
  })

  it("fails when the server refuses the mail", async () => {
    const provider = new EmailNotificationProviderService({}, { smtpUrl })
    const sample = SAMPLES["enrolment-code"]
    await expect(provider.send(handedOff("email", "bounce@kund.se", renderMessage("enrolment-code", sample.data)))).rejects.toThrow(/550/)
  })

  it("checks its options", () => {
    expect(() => EmailNotificationProviderService.validateOptions({ smtpUrl: "http://mail" })).toThrow(/smtp/)
    expect(() =>
      EmailNotificationProviderService.validateOptions({ smtpUrl: "smtps://u:p@mail.example:465", from: "a@b.se" })
    ).not.toThrow()
  })
})

describe("the SMS provider, against a real HTTP gateway", () => {
  const gateway = new SmsGatewayServer()
  const smtp = new SmtpCatcher()
  let gatewayUrl: string
  let smtpUrl: string
  beforeAll(async () => {
    gatewayUrl = await gateway.start()
    smtpUrl = await smtp.start()
  })
  afterAll(async () => {
    await gateway.stop()
    await smtp.stop()
  })
  beforeEach(() => {
    gateway.status = 202
    gateway.requests.length = 0
  })

  it('POSTs {"to", "message"} as JSON to SMS_GATEWAY_URL, read when it sends, with the authorization', async () => {
    const provider = new SmsNotificationProviderService({}, {})
    process.env.SMS_GATEWAY_URL = gatewayUrl
    process.env.SMS_GATEWAY_AUTHORIZATION = "Bearer gateway-key"
    const sample = SAMPLES["sms-code"]
    const result = await provider.send(handedOff("sms", sample.to, renderMessage("sms-code", sample.data)))
    expect(result).toEqual({ id: "sms-1" })
    expect(gateway.requests).toHaveLength(1)
    const [request] = gateway.requests
    expect(request).toEqual(expect.objectContaining({ method: "POST", url: "/sms" }))
    expect(request.headers["content-type"]).toBe("application/json")
    expect(request.headers.authorization).toBe("Bearer gateway-key")
    expect(JSON.parse(request.body)).toEqual({
      to: "+46701234567",
      message: "Din myMonitor-kod: 590217. Den gäller i 5 minuter. / Your myMonitor code: 590217. Valid for 5 minutes.",
    })
  })

  it("fails on an answer other than 2xx", async () => {
    gateway.status = 503
    const provider = new SmsNotificationProviderService({}, { gatewayUrl })
    const sample = SAMPLES["sms-code"]
    await expect(provider.send(handedOff("sms", sample.to, renderMessage("sms-code", sample.data)))).rejects.toThrow(
      "SMS gateway answered 503"
    )
  })

  it("without a gateway, files the SMS in the dev mail inbox under the number", async () => {
    delete process.env.SMS_GATEWAY_URL
    process.env.SMTP_URL = smtpUrl
    const provider = new SmsNotificationProviderService({}, {})
    const sample = SAMPLES["sms-code"]
    await provider.send(handedOff("sms", sample.to, renderMessage("sms-code", sample.data)))
    const mail = await smtp.latestTo("sms-46701234567@sms.mymonitor.local")
    expect(mail.subject).toBe("SMS till +46701234567")
    expect(mail.text?.match(/\b(\d{6})\b/)?.[1]).toBe("590217")
    expect(gateway.requests).toHaveLength(0)
  })
})
