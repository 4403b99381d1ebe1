import { z } from "@medusajs/framework/zod"
import { fieldErrorsOf, fieldMessage } from "../lib/http-validation"

describe("field errors", () => {
  const schema = z
    .object({
      name: z
        .string()
        .trim()
        .min(1, fieldMessage({ sv: "Ange företagets namn.", en: "Enter the company name." })),
      email: z.email(),
      count: z.number().max(5),
      code: z.string().min(6),
    })
    .strict()

  it("are { sv, en } messages: the schema's own words, and a Swedish one beside zod's English", () => {
    const result = schema.safeParse({ name: " ", email: "x", count: 9, extra: true })
    expect(result.success).toBe(false)
    const fields = fieldErrorsOf(result.error!)
    expect(fields.name).toEqual([{ sv: "Ange företagets namn.", en: "Enter the company name." }])
    expect(fields.email).toEqual([{ sv: "Ogiltig e-postadress.", en: expect.stringMatching(/email/i) }])
    expect(fields.count).toEqual([{ sv: "Högst 5.", en: expect.any(String) }])
    expect(fields.code).toEqual([{ sv: "Värdet saknas.", en: expect.stringMatching(/received undefined/) }])
    expect(fields._).toEqual([{ sv: "Okänt fält: extra.", en: expect.any(String) }])
    for (const messages of Object.values(fields)) {
      for (const message of messages) expect(message.sv).not.toContain(" / ")
    }
  })

  it("keep a message that merely looks like JSON as it is", () => {
    const odd = z.string().min(3, '{"sv": nope')
    expect(fieldErrorsOf(odd.safeParse("a").error!)._).toEqual([{ sv: "Minst 3 tecken.", en: '{"sv": nope' }])
  })
})
