/**
 * myMonitor has no Strapi end users: the users-permissions content API (register, login, password
 * reset, /api/users…) is closed for everyone and answers no 5xx, also with NODE_ENV=production over
 * plain http (where Strapi marks the end-user refresh cookie Secure). The Medusa API token and the
 * admin login are not affected. Real Strapi, real PostgreSQL (a fresh database per mode).
 */
import request from "supertest"
import { bootStrapi, createTestDatabase, dropTestDatabase, setTestEnv, stopStrapi } from "./helpers/strapi"

const USER_UID = "plugin::users-permissions.user"
const END_USER = {
  username: "slutanvandare",
  email: "slutanvandare@example.se",
  password: "Slut-Anvandare-2026",
}
const NEW_PASSWORD = "Nytt-Losen-2026"

describe.each(["test", "production"])("users-permissions content API with NODE_ENV=%s", (nodeEnv) => {
  let strapi: any
  let dbName: string
  let http: ReturnType<typeof request>
  let endUser: { id: number; jwt: string }
  const bearer = () => ({ Authorization: `Bearer ${process.env.STRAPI_API_TOKEN}` })
  const countUsers = () => strapi.db.query(USER_UID).count()
  const advancedSettings = () => strapi.store({ type: "plugin", name: "users-permissions", key: "advanced" }).get()

  beforeAll(async () => {
    setTestEnv()
    process.env.NODE_ENV = nodeEnv
    dbName = await createTestDatabase()
    strapi = await bootStrapi()
    http = request(strapi.server.httpServer)

    // An end user as one created through the formerly open registration would be, with a valid JWT.
    const role = await strapi.db.query("plugin::users-permissions.role").findOne({ where: { type: "authenticated" } })
    const user = await strapi
      .plugin("users-permissions")
      .service("user")
      .add({ ...END_USER, provider: "local", confirmed: true, blocked: false, role: role.id })
    const jwt = await strapi.plugin("users-permissions").service("jwt").issue({ id: user.id })
    endUser = { id: user.id, jwt }
  })

  afterAll(async () => {
    await stopStrapi(strapi)
    if (dbName) await dropTestDatabase(dbName)
    process.env.NODE_ENV = "test"
  })

  it("POST /api/auth/local/register creates no user", async () => {
    const before = await countUsers()
    const res = await http
      .post("/api/auth/local/register")
      .send({ username: "inkraktare", email: "inkraktare@example.se", password: "Inkraktare-2026" })
    expect([403, 404]).toContain(res.status)
    expect(res.body?.jwt).toBeUndefined()
    expect(await countUsers()).toBe(before)
    expect(await strapi.db.query(USER_UID).count({ where: { email: "inkraktare@example.se" } })).toBe(0)
  })

  it("every end-user route is closed and answers no 5xx, with or without credentials", async () => {
    const id = endUser.id
    const routes: Array<[string, string, object?]> = [
      ["post", "/api/auth/local", { identifier: END_USER.email, password: END_USER.password }],
      ["post", "/api/auth/forgot-password", { email: END_USER.email }],
      ["post", "/api/auth/reset-password", { code: "x".repeat(40), password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD }],
      [
        "post",
        "/api/auth/change-password",
        { currentPassword: END_USER.password, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD },
      ],
      ["get", "/api/auth/email-confirmation?confirmation=x"],
      ["post", "/api/auth/send-email-confirmation", { email: END_USER.email }],
      ["get", "/api/connect/github"],
      ["get", "/api/auth/github/callback?access_token=x"],
      ["post", "/api/auth/refresh", { refreshToken: "x" }],
      ["post", "/api/auth/logout", {}],
      ["get", "/api/auth/sessions"],
      ["get", "/api/users/me"],
      ["get", "/api/users"],
      ["get", "/api/users/count"],
      ["get", `/api/users/${id}`],
      ["post", "/api/users", { username: "ny", email: "ny@example.se", password: "Ny-Anvandare-2026" }],
      ["put", `/api/users/${id}`, { email: "kapad@example.se" }],
      ["delete", `/api/users/${id}`],
      ["get", "/api/users-permissions/roles"],
      ["get", "/api/users-permissions/permissions"],
    ]
    const credentials: Array<[string, Record<string, string>]> = [
      ["none", {}],
      ["end-user JWT", { Authorization: `Bearer ${endUser.jwt}` }],
      ["Medusa API token", bearer()],
    ]
    const answers: string[] = []
    for (const [method, path, body] of routes) {
      for (const [who, headers] of credentials) {
        const req = (http as any)[method](path).set(headers)
        const res = await (body ? req.send(body) : req)
        const answer = [403, 404].includes(res.status) ? "closed" : res.status
        answers.push(`${method.toUpperCase()} ${path} (${who}) -> ${answer}`)
      }
    }
    expect(answers.filter((a) => !a.endsWith("closed"))).toEqual([])

    const user = await strapi.db.query(USER_UID).findOne({ where: { id } })
    expect(user.email).toBe(END_USER.email)
    expect(user.resetPasswordToken).toBeNull()
    expect(await countUsers()).toBe(1)
  })

  it("registration stays off in the users-permissions settings, even after staff turn it on", async () => {
    expect((await advancedSettings()).allow_register).toBe(false)
    const register = () =>
      strapi
        .plugin("users-permissions")
        .controller("auth")
        .register({ request: { body: { username: "x", email: "x@example.se", password: NEW_PASSWORD } } })
    await expect(register()).rejects.toThrow("Register action is currently disabled")

    const store = strapi.store({ type: "plugin", name: "users-permissions", key: "advanced" })
    await store.set({ value: { ...(await advancedSettings()), allow_register: true } })
    await require("../dist/src/index").default.bootstrap({ strapi })
    const settings = await advancedSettings()
    expect(settings.allow_register).toBe(false)
    expect(settings.unique_email).toBe(true)
    expect(settings.default_role).toBe("authenticated")
  })

  it("the Medusa API token still reaches the portal API", async () => {
    const company = await http.put("/api/portal/companies/comp_up_1").set(bearer()).send({ name: "Verkstad Nord AB" })
    expect(company.status).toBe(200)
    const created = await http
      .post("/api/portal/tickets")
      .set(bearer())
      .send({
        data: {
          companyId: "comp_up_1",
          subject: "Licensfråga",
          description: "Hur många licenser har vi?",
          category: "other",
          priority: "normal",
          erpVersion: null,
          idempotencyKey: `up-${nodeEnv}-0001`,
          author: { customerId: "cus_1", name: "Anna Andersson", email: "anna@verkstadnord.se" },
        },
      })
    expect(created.status).toBe(201)
    const list = await http.get("/api/portal/tickets").query({ companies: "comp_up_1" }).set(bearer())
    expect(list.status).toBe(200)
    expect(list.body.data.map((t: any) => t.subject)).toEqual(["Licensfråga"])
    expect((await http.get("/api/portal/agreements?companies=comp_up_1").set(bearer())).status).toBe(200)
    expect((await http.get("/api/ticket-messages").set(bearer())).status).toBe(403)
  })

  it("the admin panel login still works", async () => {
    const res = await http.post("/admin/login").send({ email: process.env.STRAPI_ADMIN_EMAIL, password: process.env.STRAPI_ADMIN_PASSWORD })
    expect(res.status).toBe(200)
    expect(typeof res.body.data.token).toBe("string")
  })
})
