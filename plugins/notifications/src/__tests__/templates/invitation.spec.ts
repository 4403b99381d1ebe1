import { renderMessage } from "../../lib/render"
import { INVITER_NAME_MAX_LENGTH, plainInviterName } from "../../templates/invitation"

const link = "http://portal.test/sv/inbjudan?token=Zx9_-tok3n"
const data = {
  link,
  role: "user" as const,
  companyNames: ["Verkstad Nord AB", "Precision Syd AB"],
  inviterName: "Anna Andersson",
  ttlDays: 7,
}
// How user-management.spec.ts and security-hardening.spec.ts take the token out of the mail.
const tokenIn = (text: string) => text.match(/\/sv\/inbjudan\?token=([A-Za-z0-9_-]+)/)?.[1]

describe("the invitation e-mail", () => {
  it("names the inviter, the companies and the role in Swedish and English, with the link", () => {
    const mail = renderMessage("invitation", data)
    expect(mail.subject).toBe("Inbjudan till myMonitor / Invitation to myMonitor")
    expect(mail.text).toContain(
      "Anna Andersson har bjudit in dig till myMonitor för Verkstad Nord AB och Precision Syd AB med rollen Användare"
    )
    expect(mail.text).toContain("Anna Andersson has invited you to myMonitor for Verkstad Nord AB and Precision Syd AB with the role User")
    expect(mail.text).toContain("Länken gäller i 7 dagar")
    expect(tokenIn(mail.text)).toBe("Zx9_-tok3n")
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`)
    expect(mail.html).toContain("med rollen Användare")
    expect(mail.html).toContain("with the role User")
  })

  it("lists three companies, and says who invited only when there is a name left", () => {
    const mail = renderMessage("invitation", { ...data, role: "support", companyNames: ["A AB", "B AB", "C AB"], inviterName: "://" })
    expect(mail.text).toContain("Du har blivit inbjuden till myMonitor för A AB, B AB och C AB med rollen Supportanvändare.")
    expect(mail.text).toContain("You have been invited to myMonitor for A AB, B AB and C AB with the role Support user.")
    expect(renderMessage("invitation", { ...data, inviterName: null }, { locale: "en" }).text.startsWith("Hello,")).toBe(true)
  })

  it("makes no link or markup of a hostile inviter name, and escapes a hostile company name in the HTML", () => {
    const mail = renderMessage("invitation", {
      ...data,
      inviterName: 'Anna <a href="https://evil.example">klicka</a> www.evil.example/login',
      companyNames: ['<a href="https://evil.example">Evil AB</a>'],
    })
    expect(mail.text).not.toContain("evil.example/login")
    expect(mail.html).not.toContain('<a href="https://evil.example"')
    expect(mail.html).toContain("&lt;a href&#x3D;&quot;https://evil.example&quot;&gt;Evil AB&lt;/a&gt;")
    expect(tokenIn(mail.text)).toBe("Zx9_-tok3n")
  })

  it("shows no address from an inviter name that carries one (the name is the administrator's own choice)", () => {
    const mail = renderMessage("invitation", { ...data, inviterName: "Visit https://evil.example now" })
    expect(mail.text).not.toContain("evil.example")
    expect(mail.html).not.toContain("evil.example")
    expect(tokenIn(mail.text)).toBe("Zx9_-tok3n")
  })

  it("keeps a person's name, limits its length and drops what is not a name", () => {
    expect(plainInviterName("Anna-Lena O'Brien Åström")).toBe("Anna-Lena O'Brien Åström")
    expect(plainInviterName("A".repeat(500))!.length).toBe(INVITER_NAME_MAX_LENGTH)
    expect(plainInviterName(":/// 123 !!")).toBeNull()
    expect(plainInviterName('Anna <a href="https://evil.example">x</a> anna@evil.example')).not.toMatch(/[<>:/.@"]/)
    expect(plainInviterName('Anna <a href="https://evil.example">klicka</a> www.evil.example/login anna@evil.example')).not.toMatch(
      /[<>:/.@"]/
    )
  })
})
