import { renderMessage } from "../../lib/render"

const link = "http://portal.test/sv/registrera?token=AbC_123-xyz"
const data = { link, companyName: "Verkstad Nord AB", erpUserName: "Anna Andersson", ttlHours: 48 }
// How erp-registration.spec.ts and the e2e tests take the token out of the mail.
const tokenOf = (text: string) => /\/sv\/registrera\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1]

describe("the registration e-mail", () => {
  it("carries the link in Swedish, then English, in the text and the HTML", () => {
    const mail = renderMessage("registration", data)
    expect(mail.subject).toBe("Registrera dig som admin för myMonitor – Verkstad Nord AB / Register as myMonitor administrator")
    expect(mail.text).toContain(
      "Hej Anna Andersson!\n\nDu har begärt att bli administratör för Verkstad Nord AB i myMonitor från Monitor ERP."
    )
    expect(mail.text).toContain("You asked from Monitor ERP to become administrator of Verkstad Nord AB in myMonitor.")
    expect(mail.text.indexOf("Hej")).toBeLessThan(mail.text.indexOf("Hello Anna Andersson,"))
    expect(tokenOf(mail.text)).toBe("AbC_123-xyz")
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`)
    expect(mail.html).toMatch(
      /<div lang="sv">[\s\S]*Länken gäller i 48 timmar[\s\S]*<\/div>\s*<hr[^>]*>\s*<div lang="en">[\s\S]*valid for 48 hours/
    )
    expect(tokenOf(mail.html)).toBe("AbC_123-xyz")
  })

  it("greets without a name, and puts English first for an English reader", () => {
    const mail = renderMessage("registration", { ...data, erpUserName: undefined }, { locale: "en" })
    expect(mail.subject).toBe("Register as myMonitor administrator / Registrera dig som admin för myMonitor – Verkstad Nord AB")
    expect(mail.text.startsWith("Hello,\n\n")).toBe(true)
    expect(mail.text).toContain("Hej!")
    expect(mail.html.indexOf('<div lang="en">')).toBeLessThan(mail.html.indexOf('<div lang="sv">'))
    expect(tokenOf(mail.text)).toBe("AbC_123-xyz")
  })

  it("escapes a hostile name in the HTML", () => {
    const mail = renderMessage("registration", {
      ...data,
      erpUserName: '<a href="https://evil.example">Anna</a>',
      companyName: "<img src=x onerror=alert(1)> AB",
    })
    expect(mail.html).not.toContain('<a href="https://evil.example"')
    expect(mail.html).not.toContain("<img")
    expect(mail.html).toContain("Hej &lt;a href&#x3D;&quot;https://evil.example&quot;&gt;Anna&lt;/a&gt;!")
    expect(mail.html).toContain("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; AB")
    expect(mail.subject).not.toMatch(/[\r\n]/)
  })

  it("refuses a link that is not an http(s) address", () => {
    expect(() => renderMessage("registration", { ...data, link: "javascript:alert(1)" })).toThrow(/http\(s\) URL/)
    expect(() => renderMessage("registration", { ...data, link: 'https://x.test/"><script>' })).toThrow(/http\(s\) URL/)
  })
})
