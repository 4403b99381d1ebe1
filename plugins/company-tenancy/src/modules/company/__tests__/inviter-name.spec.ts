import { INVITER_NAME_MAX_LENGTH, invitationMailOf, plainInviterName } from "../../../lib/invitation-mail"

// An administrator chooses their own display name; it goes into mail the portal sends.
describe("the inviter's name in an invitation e-mail", () => {
  it("keeps a person's name as it is", () => {
    expect(plainInviterName("Anna-Lena O'Brien Åström")).toBe("Anna-Lena O'Brien Åström")
  })

  it("makes no link, address or markup of it", () => {
    const name = plainInviterName('Anna <a href="https://evil.example">klicka</a> www.evil.example/login anna@evil.example')
    expect(name).not.toMatch(/[<>:/.@"]/)
    const mail = invitationMailOf({
      email: "bo@example.se",
      token: "t0ken",
      role: "user",
      company_names: ["Verkstad Nord AB"],
      inviter_name: "Visit https://evil.example now",
    })
    expect(mail.text).not.toContain("evil.example")
    expect(mail.text).toContain("/sv/inbjudan?token=t0ken")
  })

  it("is length-limited, and dropped when nothing of a name is left", () => {
    expect(plainInviterName("A".repeat(500))!.length).toBe(INVITER_NAME_MAX_LENGTH)
    expect(plainInviterName(":/// 123 !!")).toBeNull()
    expect(
      invitationMailOf({ email: "bo@example.se", token: "t", role: "user", company_names: ["X AB"], inviter_name: "://" }).text
    ).toContain("Du har blivit inbjuden")
  })
})
