import { renderMessage } from "../../lib/render"

const link = "http://portal.test/sv/aterstall-losenord?token=R3set_t0ken-x"
// How portal-auth.spec.ts, security-hardening.spec.ts and the e2e tests (text and HTML) take the token out.
const tokenIn = (text: string) => text.match(/aterstall-losenord\?token=([A-Za-z0-9_-]+)/)?.[1]
const e2eLink = /https?:\/\/[^\s"'<>]+\/(?:sv|en)\/aterstall-losenord\?token=[A-Za-z0-9_-]+/

describe("the password-reset e-mail", () => {
  it("carries the link in Swedish and English, in the text and the HTML", () => {
    const mail = renderMessage("password-reset", { link, ttlMinutes: 30 })
    expect(mail.subject).toBe("Återställ ditt lösenord i myMonitor / Reset your myMonitor password")
    expect(mail.text).toContain(`Öppna länken för att välja ett nytt lösenord: ${link}`)
    expect(mail.text).toContain(`Open the link to choose a new password: ${link}`)
    expect(mail.text).toContain("Länken gäller i 30 minuter och kan användas en gång.")
    expect(mail.text).toContain("The link is valid for 30 minutes and works once.")
    expect(tokenIn(mail.text)).toBe("R3set_t0ken-x")
    expect(tokenIn(mail.html)).toBe("R3set_t0ken-x")
    expect(`${mail.text}\n${mail.html}`.match(e2eLink)?.[0]).toBe(link)
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`)
  })

  it("escapes an ampersand in the link's HTML, and orders the languages by the reader's", () => {
    const mail = renderMessage("password-reset", { link: `${link}&utm=mail`, ttlMinutes: 30 }, { locale: "en" })
    expect(mail.html).toContain(`<a href="${link}&amp;utm=mail">`)
    expect(mail.text).toContain(`${link}&utm=mail`)
    expect(mail.subject.startsWith("Reset your myMonitor password / ")).toBe(true)
  })
})
