import en from "../../messages/en.json"
import sv from "../../messages/sv.json"
import { roleMessageKey } from "@/lib/permissions/roles"

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)
  )
}

function lookup(messages: Messages, path: string): string {
  const value = path.split(".").reduce<string | Messages>((node, key) => (node as Messages)[key], messages)
  if (typeof value !== "string") throw new Error(`${path} is not a message`)
  return value
}

describe("messages", () => {
  it("has the same keys in Swedish and English", () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort())
  })

  it("has no empty message", () => {
    for (const messages of [sv, en]) {
      for (const key of keys(messages)) expect(lookup(messages, key).trim()).not.toBe("")
    }
  })

  it("labels the login button exactly 'Log in' in both languages (the product text's label)", () => {
    expect(sv.login.submit).toBe("Log in")
    expect(en.login.submit).toBe("Log in")
  })

  it("uses the product's Swedish words for the navigation and the user menu", () => {
    expect([sv.nav.overview, sv.nav.support, sv.nav.myPages, sv.nav.store]).toEqual(["Översikt", "Support", "Mina sidor", "Monitor Store"])
    expect([en.nav.overview, en.nav.support, en.nav.myPages, en.nav.store]).toEqual(["Overview", "Support", "My pages", "Monitor Store"])
    expect([sv.userMenu.manageUsers, sv.userMenu.logout]).toEqual(["Hantera användare", "Logga ut"])
    expect([en.userMenu.manageUsers, en.userMenu.logout]).toEqual(["Manage users", "Log out"])
  })
})

describe("the product's words for identity", () => {
  it("names the registration, invitation and user management steps as the product text does", () => {
    expect(sv.register.submit).toBe("Registrera konto")
    expect(sv.manageUsers.invite).toBe("Bjud in användare")
    expect(sv.invite.companies).toBe("Välj företag")
    expect(sv.invite.addRow).toBe("Ny inbjudan")
    expect(sv.invite.submit).toBe("Skicka inbjudan")
    expect(sv.manageUsers.columns.role).toBe("Tilldelad roll")
    expect(sv.loginSteps.sendSms).toBe("Skicka kod via SMS")
    expect(sv.setup.saved).toBe("Jag har sparat koderna")
  })

  it("gives the arrow button a name and words the rate limit as asked", () => {
    expect(sv.loginSteps.arrowLabel).toBe("Logga in")
    expect(en.loginSteps.arrowLabel).toBe("Log in")
    expect(sv.errors.rateLimited).toMatch(/^För många försök, vänta en stund/)
  })
})

describe("role labels", () => {
  const label = (messages: Messages, role: string) => lookup(messages, `roles.${roleMessageKey(role)}`)

  it("are Swedish in sv", () => {
    expect(["admin", "user", "support"].map((role) => label(sv, role))).toEqual(["Administratör", "Användare", "Supportanvändare"])
  })

  it("are English in en", () => {
    expect(["admin", "user", "support"].map((role) => label(en, role))).toEqual(["Administrator", "User", "Support user"])
  })

  it("fall back to 'unknown' for a role the portal does not know", () => {
    expect(roleMessageKey("owner")).toBe("unknown")
    expect(roleMessageKey("__proto__")).toBe("unknown")
  })
})
