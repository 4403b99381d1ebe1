import { formErrorFor, formStateFor, localizeFields } from "@/lib/errors"
import { linkProblem, registrationFieldProblems } from "@/modules/registration/validation"
import { groupKey, qrImageSource } from "@/modules/auth/qr-image"

describe("formErrorFor", () => {
  const lastAdmin = {
    ok: false as const,
    code: "rejected" as const,
    status: 409,
    error: {
      code: "last_admin",
      message: { sv: "Företaget måste ha minst en administratör.", en: "The company must keep an administrator." },
    },
  }

  it("shows the backend's message in the visitor's language", () => {
    expect(formErrorFor(lastAdmin, "sv")).toEqual({ text: "Företaget måste ha minst en administratör." })
    expect(formErrorFor(lastAdmin, "en")).toEqual({ text: "The company must keep an administrator." })
  })

  it("uses our own words for rate limits, an unreachable backend and mapped codes", () => {
    expect(formErrorFor({ ok: false, code: "rate_limited", status: 429 }, "sv")).toEqual({ key: "rateLimited" })
    expect(
      formErrorFor(
        {
          ok: false,
          code: "rate_limited",
          status: 429,
          error: { code: "rate_limited", message: { sv: "En kod skickades nyss. Vänta en stund.", en: "A code was sent a moment ago." } },
        },
        "sv"
      )
    ).toEqual({ text: "En kod skickades nyss. Vänta en stund." })
    expect(formErrorFor({ ok: false, code: "backend_unavailable" }, "sv")).toEqual({ key: "backendUnavailable" })
    expect(
      formErrorFor({ ok: false, code: "unauthorized", error: { code: "invalid_credentials" } }, "sv", {
        invalid_credentials: "invalidCredentials",
      })
    ).toEqual({
      key: "invalidCredentials",
    })
    expect(formErrorFor({ ok: false, code: "rejected", status: 400 }, "sv")).toEqual({ key: "unexpected" })
  })

  it("shows each field error, { sv, en }, in the visitor's language", () => {
    const failure = {
      ok: false as const,
      code: "rejected" as const,
      status: 400,
      error: {
        code: "invalid_data",
        fields: { "invitations.0.email": [{ sv: "Ange en giltig e-postadress.", en: "Enter a valid e-mail address." }] },
      },
    }
    expect(formStateFor(failure, "en").fields).toEqual({ "invitations.0.email": ["Enter a valid e-mail address."] })
    expect(formStateFor(failure, "sv").fields).toEqual({ "invitations.0.email": ["Ange en giltig e-postadress."] })
    expect(localizeFields({ code: [{ sv: "Bara svenska", en: "" }] }, "en")).toEqual({ code: ["Bara svenska"] })
  })
})

describe("registration checks", () => {
  it("asks for a name and a password of at least 12 characters", () => {
    expect(registrationFieldProblems({ name: " ", password: "kort" })).toEqual({ name: "nameMissing", password: "passwordTooShort" })
    expect(registrationFieldProblems({ name: "Anna", password: "tolv-tecken!" })).toBeUndefined()
  })

  it("tells expired, used, revoked and unknown links apart", () => {
    expect(linkProblem(410, "link_expired")).toBe("expired")
    expect(linkProblem(410, "link_used")).toBe("used")
    expect(linkProblem(410, "link_revoked")).toBe("revoked")
    expect(linkProblem(404, "not_found")).toBe("invalid")
  })
})

describe("the TOTP QR code and key", () => {
  it("makes SVG markup an image data URL and keeps data URLs", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'
    expect(qrImageSource(svg)).toBe(`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`)
    expect(qrImageSource("data:image/svg+xml;base64,AAAA")).toBe("data:image/svg+xml;base64,AAAA")
    expect(qrImageSource("javascript:alert(1)")).toBe("")
    expect(qrImageSource(undefined)).toBe("")
  })

  it("groups the key by four", () => {
    expect(groupKey("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP")
    expect(groupKey("ABCDE")).toBe("ABCD E")
  })
})
