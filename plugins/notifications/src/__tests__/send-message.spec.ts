import type { CreateNotificationDTO, ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { messageFor, pendingMessageCount } from "../lib/handoff"
import { channelOf } from "../lib/render"
import { sendMessage } from "../lib/send-message"
import { TEMPLATE_NAMES, templates, type TemplateName } from "../templates"
import { SAMPLES } from "./helpers/samples"

type Row = CreateNotificationDTO & { id: string; status: "pending" | "success" | "failure" }

/**
 * Medusa's notification module as far as sendMessage relies on it: it stores the
 * row, then calls the channel's provider in the same call; a provider error marks
 * the row "failure" and is thrown (notification-module-service.js, 2.21.2).
 */
function fakeMedusa(provider: (notification: ProviderSendNotificationDTO) => Promise<{ id?: string }>) {
  const stored: Row[] = []
  const logged: string[] = []
  const notifications = {
    async createNotifications(input: CreateNotificationDTO) {
      const row: Row = { ...JSON.parse(JSON.stringify(input)), id: `noti_${stored.length + 1}`, status: "pending" }
      stored.push(row)
      try {
        await provider({ ...input, template: input.template ?? "" })
        row.status = "success"
        return row
      } catch (error) {
        row.status = "failure"
        throw new Error(`Failed to send notification with id ${row.id}:\n${(error as Error).message}`)
      }
    },
    async listNotifications(filter: { idempotency_key?: string }) {
      return stored.filter((row) => row.idempotency_key === filter.idempotency_key)
    },
  }
  const logger = { error: (message: string) => logged.push(message) }
  const container = {
    resolve<T>(key: string): T {
      if (key === Modules.NOTIFICATION) return notifications as T
      if (key === "logger") return logger as T
      throw new Error(`${key} is not registered`)
    },
  }
  return { container, stored, logged }
}

describe("sendMessage", () => {
  it.each(TEMPLATE_NAMES)("hands the %s message to its provider and stores none of its secrets", async (name: TemplateName) => {
    const sample = SAMPLES[name]
    const delivered: string[] = []
    const { container, stored } = fakeMedusa(async (notification) => {
      const message = messageFor(notification, channelOf(name))
      delivered.push(JSON.stringify(message.content))
      return { id: "ext_1" }
    })

    const result = await sendMessage(container, { template: name, to: sample.to, data: sample.data } as Parameters<typeof sendMessage>[1])

    expect(result).toEqual({ ok: true, notificationId: "noti_1" })
    expect(stored).toHaveLength(1)
    expect(stored[0]).toEqual(expect.objectContaining({ to: sample.to, channel: channelOf(name), template: name, status: "success" }))
    const secretFields: readonly string[] = templates[name].secret
    for (const field of Object.keys(sample.data)) {
      if (secretFields.includes(field)) expect(stored[0].data).not.toHaveProperty(field)
      else expect(stored[0].data).toHaveProperty(field)
    }
    expect(stored[0].data).toEqual(expect.objectContaining({ locale: "sv", message_ref: expect.stringMatching(/^msg_/) }))
    for (const secret of sample.secrets) {
      expect(JSON.stringify(stored)).not.toContain(secret)
      expect(delivered[0]).toContain(secret)
    }
    expect(pendingMessageCount()).toBe(0)
  })

  it("logs a failed send and returns it, with the failed notification's id, without throwing", async () => {
    const { container, stored, logged } = fakeMedusa(async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:1025")
    })
    const sample = SAMPLES["password-reset"]
    const result = await sendMessage(container, { template: "password-reset", to: sample.to, data: sample.data })
    expect(result).toEqual({ ok: false, notificationId: "noti_1" })
    expect(stored[0].status).toBe("failure")
    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain('"password-reset" message could not be sent (notification noti_1)')
    expect(logged[0]).toContain("ECONNREFUSED")
    expect(logged[0]).not.toContain("PwdSecret_3")
    expect(pendingMessageCount()).toBe(0)
  })

  it("does not store or send a message it cannot render, and says why", async () => {
    const { container, stored, logged } = fakeMedusa(async () => ({}))
    const result = await sendMessage(container, {
      template: "invitation",
      to: "bo@kund.se",
      data: { ...SAMPLES.invitation.data, link: "javascript:alert(1)" },
    })
    expect(result).toEqual({ ok: false })
    expect(stored).toHaveLength(0)
    expect(logged[0]).toMatch(/"invitation" message could not be rendered: .*http\(s\) URL/)
  })

  it("refuses a channel the template is not for", async () => {
    const { container, stored } = fakeMedusa(async () => ({}))
    const sample = SAMPLES["sms-code"]
    // A caller without types (JavaScript, a cast) can still ask for the wrong channel.
    const wrong = { template: "sms-code", channel: "email", to: sample.to, data: sample.data } as unknown as Parameters<
      typeof sendMessage
    >[1]
    expect(await sendMessage(container, wrong)).toEqual({ ok: false })
    expect(stored).toHaveLength(0)
  })

  it("returns a failure when the notification module is not there", async () => {
    const logged: string[] = []
    const container = {
      resolve<T>(key: string): T {
        if (key === "logger") return { error: (message: string) => logged.push(message) } as T
        throw new Error(`Could not resolve '${key}'`)
      },
    }
    const sample = SAMPLES["enrolment-code"]
    expect(await sendMessage(container, { template: "enrolment-code", to: sample.to, data: sample.data })).toEqual({ ok: false })
    expect(logged[0]).toContain("Could not resolve 'notification'")
    expect(pendingMessageCount()).toBe(0)
  })
})

describe("the handoff", () => {
  it("gives a message once, only for its own recipient and channel", async () => {
    const delivered: unknown[] = []
    let replayed: unknown
    const { container } = fakeMedusa(async (notification) => {
      delivered.push(messageFor(notification, "email"))
      replayed = (() => {
        try {
          return messageFor(notification, "email")
        } catch (error) {
          return (error as Error).message
        }
      })()
      return {}
    })
    const sample = SAMPLES.registration
    await sendMessage(container, { template: "registration", to: sample.to, data: sample.data })
    expect(delivered).toHaveLength(1)
    expect(replayed).toMatch(/not \(or no longer\) waiting/)

    const misrouted = fakeMedusa(async (notification) => {
      messageFor({ ...notification, to: "eve@evil.example" }, "email")
      return {}
    })
    expect((await sendMessage(misrouted.container, { template: "registration", to: sample.to, data: sample.data })).ok).toBe(false)
    expect(misrouted.logged[0]).toContain("is for another channel or recipient")
  })

  it("falls back to the notification's own content (Medusa's convention) without a reference", () => {
    expect(messageFor({ to: "+4670", channel: "sms", content: { text: "Hej" } }, "sms").content).toEqual({ text: "Hej" })
    expect(() => messageFor({ to: "a@b.se", channel: "email", data: { code: "123456" } }, "email")).toThrow(/message_ref/)
  })
})
