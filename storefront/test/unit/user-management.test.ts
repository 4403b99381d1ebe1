jest.mock("next/headers", () => ({ headers: async () => new Headers() }))

import en from "../../messages/en.json"
import sv from "../../messages/sv.json"
import { auditActionKey, KNOWN_AUDIT_ACTIONS, listAuditEvents } from "@/lib/data/audit-log"
import { changeMemberRole, fieldsToFormRows, invitationRowsFrom, removeMember, sendInvitations } from "@/lib/data/user-management"

let calls: { url: string; init: RequestInit }[] = []
function answer(status: number, body: unknown) {
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return new Response(JSON.stringify(body), { status })
  }) as typeof fetch
}
beforeEach(() => {
  calls = []
  process.env.MEDUSA_BACKEND_URL = "http://backend.test"
})

describe("the invitation form's rows", () => {
  it("reads every row, drops blank ones and defaults the role to user", () => {
    const form = new FormData()
    form.append("invitations.0.email", " a@kund.se ")
    form.append("invitations.0.company_ids", "co_1")
    form.append("invitations.0.company_ids", "co_2")
    form.append("invitations.0.role", "user")
    form.append("invitations.3.email", "")
    form.append("invitations.3.role", "user")
    form.append("invitations.5.email", "b@kund.se")
    form.append("invitations.5.role", "owner")
    const { rows, formIndexes } = invitationRowsFrom(form)
    expect(rows).toEqual([
      { email: "a@kund.se", company_ids: ["co_1", "co_2"], role: "user" },
      { email: "b@kund.se", company_ids: [], role: "user" },
    ])
    expect(formIndexes).toEqual([0, 5])
  })

  it("points the backend's field errors at the form's rows", () => {
    expect(fieldsToFormRows({ "invitations.1.email": ["x"], "invitations.0.company_ids": ["y"], invitations: ["z"] }, [0, 5])).toEqual({
      "invitations.5.email": ["x"],
      "invitations.0.company_ids": ["y"],
      invitations: ["z"],
    })
  })
})

describe("user management calls", () => {
  it("changes a role with PATCH and removes with DELETE", async () => {
    answer(200, {})
    await changeMemberRole("tok", "co_1", "cus_1", "support")
    await removeMember("tok", "co_1", "cus_1")
    expect(calls.map(({ url, init }) => [init.method, url])).toEqual([
      ["PATCH", "http://backend.test/store/companies/co_1/users/cus_1"],
      ["DELETE", "http://backend.test/store/companies/co_1/users/cus_1"],
    ])
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ role: "support" })
  })

  it("sends all invitations in one request", async () => {
    answer(201, { invitations: [] })
    await sendInvitations("tok", [{ email: "a@kund.se", company_ids: ["co_1", "co_2"], role: "user" }])
    expect(JSON.parse(String(calls[0].init.body))).toEqual({
      invitations: [{ email: "a@kund.se", company_ids: ["co_1", "co_2"], role: "user" }],
    })
  })

  it("keeps the last-admin answer for the form", async () => {
    answer(409, { code: "last_admin", message: { sv: "Företaget måste ha minst en administratör.", en: "…" } })
    expect(await changeMemberRole("tok", "co_1", "cus_1", "user")).toMatchObject({ ok: false, status: 409, error: { code: "last_admin" } })
  })

  it("pages through the audit log", async () => {
    answer(200, { audit_events: [], count: 0, limit: 50, offset: 50 })
    await listAuditEvents("tok", "co_1", 1)
    expect(calls[0].url).toBe("http://backend.test/store/companies/co_1/audit-events?limit=50&offset=50")
  })
})

describe("audit actions", () => {
  it("have words in both languages", () => {
    for (const action of KNOWN_AUDIT_ACTIONS) {
      const key = auditActionKey(action)!
      expect((sv.auditLog.actions as Record<string, string>)[key]).toBeTruthy()
      expect((en.auditLog.actions as Record<string, string>)[key]).toBeTruthy()
    }
    expect(auditActionKey("auth.something_new")).toBeUndefined()
  })
})
