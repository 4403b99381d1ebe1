import { createHmac } from "node:crypto"
import { signStrapiPayload, verifyStrapiSignature } from "../lib/strapi-signature"

const secret = "s".repeat(40)
const body = Buffer.from(JSON.stringify({ id: "evt-1", type: "ticket.staff_reply", data: { ticketId: "t1", companyId: "comp_1" } }))
const now = 1_800_000_000

describe("the Strapi push signature", () => {
  it("accepts t=…,v1=HMAC-SHA256(secret, t + '.' + raw body), as the contract writes it", () => {
    const v1 = createHmac("sha256", secret).update(`${now}.${body.toString()}`).digest("hex")
    expect(verifyStrapiSignature(`t=${now},v1=${v1}`, body, secret, now)).toBe(true)
    expect(signStrapiPayload(secret, body, now)).toBe(`t=${now},v1=${v1}`)
  })

  it("accepts a clock up to 300 s off either way, not 301", () => {
    const header = signStrapiPayload(secret, body, now)
    expect(verifyStrapiSignature(header, body, secret, now + 300)).toBe(true)
    expect(verifyStrapiSignature(header, body, secret, now - 300)).toBe(true)
    expect(verifyStrapiSignature(header, body, secret, now + 301)).toBe(false)
    expect(verifyStrapiSignature(header, body, secret, now - 301)).toBe(false)
  })

  it("refuses another body, another secret, a re-signed timestamp and malformed headers", () => {
    const header = signStrapiPayload(secret, body, now)
    expect(verifyStrapiSignature(header, Buffer.from(body.toString().replace("t1", "t2")), secret, now)).toBe(false)
    expect(verifyStrapiSignature(header, body, "x".repeat(40), now)).toBe(false)
    expect(verifyStrapiSignature(header.replace(`t=${now}`, `t=${now + 1}`), body, secret, now)).toBe(false)
    for (const bad of [undefined, "", "v1=abc", `t=${now}`, `t=abc,v1=${"0".repeat(64)}`, `t=${now},v1=${"z".repeat(64)}`]) {
      expect(verifyStrapiSignature(bad, body, secret, now)).toBe(false)
    }
    expect(verifyStrapiSignature(header, undefined, secret, now)).toBe(false)
    expect(verifyStrapiSignature(header, body, undefined, now)).toBe(false)
  })

  it("accepts any one of several v1 values (a secret being rotated)", () => {
    const good = signStrapiPayload(secret, body, now).split("v1=")[1]
    expect(verifyStrapiSignature(`t=${now},v1=${"0".repeat(64)},v1=${good}`, body, secret, now)).toBe(true)
  })
})
