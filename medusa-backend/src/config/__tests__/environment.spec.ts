import { ConfigurationError, databaseUrlFor, resolveBackendEnvironment } from "../environment"

const strongSecrets = {
  JWT_SECRET: "a".repeat(16) + "Jw7pQ2xZr9LmN4vB8cD1",
  COOKIE_SECRET: "b".repeat(16) + "Ck3sT6yU0iO5pA9sD2fG",
  MFA_ENCRYPTION_KEY: "c".repeat(16) + "Mf4aE7nC2rY9pT1kQ8zX",
  ERP_ENCRYPTION_KEY: "d".repeat(16) + "Er5pK8eY3nC0rZ6tW1qV",
  PORTAL_FORWARD_SECRET: "g".repeat(16) + "Pf8wD1sE6cR3tY9uI4oP",
}
const production = { MYMONITOR_ENV: "production", DATABASE_URL: "postgres://app@db:5432/postgres", ...strongSecrets }

describe("backend environment", () => {
  it("uses the mymonitor_medusa database on the DATABASE_URL server, unless MEDUSA_DATABASE_URL overrides it", () => {
    expect(databaseUrlFor({ DATABASE_URL: "postgres://u:p@db:5432/postgres" }, "mymonitor_medusa")).toBe(
      "postgres://u:p@db:5432/mymonitor_medusa"
    )
    expect(databaseUrlFor({ DATABASE_URL: "postgres://db/x", MEDUSA_DATABASE_URL: "postgres://other/medusa" }, "mymonitor_medusa")).toBe(
      "postgres://other/medusa"
    )
  })

  it("starts in production with every secret set and strong", () => {
    const env = resolveBackendEnvironment(production)
    expect(env.production).toBe(true)
    expect(env.secrets.jwtSecret).toBe(strongSecrets.JWT_SECRET)
  })

  it.each(Object.keys(strongSecrets))("refuses production when %s is missing", (name) => {
    const env = { ...production, [name]: undefined }
    expect(() => resolveBackendEnvironment(env)).toThrow(new RegExp(`${name} is missing`))
  })

  it.each([
    ["a default", "supersecret"],
    ["a demo value", "demo-secret-demo-secret-demo-secret-1234"],
    ["a dev-only value", "dev-only-jwt_secret-padded-to-be-long-enough"],
    ["too short", "Zx8!kQ"],
  ])("refuses production when a secret is %s", (_, value) => {
    expect(() => resolveBackendEnvironment({ ...production, COOKIE_SECRET: value })).toThrow(ConfigurationError)
  })

  it("refuses production without a database", () => {
    expect(() => resolveBackendEnvironment({ ...production, DATABASE_URL: undefined })).toThrow(/DATABASE_URL/)
  })

  it("starts in development without secrets, with loudly fake ones", () => {
    const env = resolveBackendEnvironment({ DATABASE_URL: "postgres://localhost/postgres" })
    expect(env.production).toBe(false)
    expect(env.secrets.cookieSecret).toMatch(/^dev-only-/)
    expect(env.redisUrl).toBeUndefined()
  })

  it("switches to the Redis profile only when REDIS_URL is set", () => {
    expect(resolveBackendEnvironment({ ...production, REDIS_URL: "redis://cache:6379" }).redisUrl).toBe("redis://cache:6379")
  })
})
