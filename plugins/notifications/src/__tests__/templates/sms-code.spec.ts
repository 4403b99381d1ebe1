import { renderMessage } from "../../lib/render"

describe("the SMS code", () => {
  it("is one text with the code in Swedish, then English", () => {
    const sms = renderMessage("sms-code", { code: "038112", ttlMinutes: 5 })
    expect(sms).toEqual({
      text: "Din myMonitor-kod: 038112. Den gäller i 5 minuter. / Your myMonitor code: 038112. Valid for 5 minutes.",
    })
    // How the SMS gateway helpers of the integration and e2e tests take the code out.
    expect(sms.text.match(/\b(\d{6})\b/)?.[1]).toBe("038112")
  })

  it("puts English first for an English reader, and is never HTML-escaped", () => {
    expect(renderMessage("sms-code", { code: "038112", ttlMinutes: 5 }, { locale: "en" }).text).toBe(
      "Your myMonitor code: 038112. Valid for 5 minutes. / Din myMonitor-kod: 038112. Den gäller i 5 minuter."
    )
    expect(renderMessage("sms-code", { code: "a&b<c>", ttlMinutes: 5 }).text).toContain("a&b<c>")
  })
})
