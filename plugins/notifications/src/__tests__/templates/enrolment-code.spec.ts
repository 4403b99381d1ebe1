import { renderMessage } from "../../lib/render"

// How portal-auth.spec.ts, security-hardening.spec.ts and the e2e tests take the code out of the mail.
const codeIn = (text: string) => text.match(/\b(\d{6})\b/)?.[1]

describe("the enrolment-code e-mail", () => {
  it("carries the code in Swedish and English, in the text and the HTML", () => {
    const mail = renderMessage("enrolment-code", { code: "482913", ttlMinutes: 15 })
    expect(mail.subject).toBe("Din kod för att slutföra inloggningen i myMonitor / Your myMonitor sign-in code")
    expect(mail.text).toContain("Ange den här koden för att ställa in den: 482913")
    expect(mail.text).toContain("Enter this code to set it up: 482913")
    expect(mail.text).toContain("Koden gäller i 15 minuter.")
    expect(mail.text).toContain("The code is valid for 15 minutes.")
    expect(codeIn(mail.text)).toBe("482913")
    expect(codeIn(mail.html)).toBe("482913")
    expect(codeIn(`${mail.text}\n${mail.html}`)).toBe("482913")
    expect(mail.html).toMatch(/<div lang="sv">.*<strong[^>]*>482913<\/strong>/)
  })

  it("orders the languages by the reader's, and escapes the code in the HTML", () => {
    const english = renderMessage("enrolment-code", { code: "482913", ttlMinutes: 15 }, { locale: "en" })
    expect(english.text.indexOf("Hello,")).toBeLessThan(english.text.indexOf("Hej!"))
    const hostile = renderMessage("enrolment-code", { code: "<b>482913</b>", ttlMinutes: 15 })
    expect(hostile.html).not.toContain("<b>")
    expect(hostile.html).toContain("&lt;b&gt;482913&lt;/b&gt;")
    expect(() => renderMessage("enrolment-code", { code: "", ttlMinutes: 15 })).toThrow(/code/)
  })
})
