import { generateKeyPairSync } from "node:crypto"
import { DEV_LICENSE_SIGNING_KEY } from "../dev-license-signing-key"
import { ConfigurationError, databaseUrlFor, DEMO_INVOICE_SELLER, pemsOf, resolveBackendEnvironment } from "../environment"

const ed25519Pem = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
const ed25519PublicPem = () => generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString()

const strongSecrets = {
  JWT_SECRET: "a".repeat(16) + "Jw7pQ2xZr9LmN4vB8cD1",
  COOKIE_SECRET: "b".repeat(16) + "Ck3sT6yU0iO5pA9sD2fG",
  MFA_ENCRYPTION_KEY: "c".repeat(16) + "Mf4aE7nC2rY9pT1kQ8zX",
  ERP_ENCRYPTION_KEY: "d".repeat(16) + "Er5pK8eY3nC0rZ6tW1qV",
  PORTAL_FORWARD_SECRET: "g".repeat(16) + "Pf8wD1sE6cR3tY9uI4oP",
  LICENSE_SIGNING_KEY: ed25519Pem(),
  STRAPI_API_TOKEN: "h".repeat(16) + "St2rA5pI8tO1kE4nX7qZ",
  STRAPI_WEBHOOK_SECRET: "i".repeat(16) + "Wh3kS6eC9rE2tY5uI8oP",
}
const realSeller = {
  INVOICE_SELLER_ORGANISATION_NUMBER: "556000-0000",
  INVOICE_SELLER_VAT_NUMBER: "SE556000000001",
  INVOICE_SELLER_BANKGIRO: "123-4567",
}
const production = {
  MYMONITOR_ENV: "production",
  DATABASE_URL: "postgres://app@db:5432/postgres",
  STRAPI_URL: "http://strapi-cms:1337",
  ...strongSecrets,
  ...realSeller,
}

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

  it.each(Object.keys(realSeller))("refuses production when %s is missing (the demo seller would be printed on invoices)", (name) => {
    expect(() => resolveBackendEnvironment({ ...production, [name]: undefined })).toThrow(new RegExp(name))
  })

  it("hands Strapi's URL, API token and push secret to support-desk, and refuses production without a strong token and secret", () => {
    expect(resolveBackendEnvironment(production).strapi).toEqual({
      url: "http://strapi-cms:1337",
      apiToken: strongSecrets.STRAPI_API_TOKEN,
      webhookSecret: strongSecrets.STRAPI_WEBHOOK_SECRET,
    })
    expect(() => resolveBackendEnvironment({ ...production, STRAPI_API_TOKEN: undefined })).toThrow(/STRAPI_API_TOKEN is missing/)
    expect(() => resolveBackendEnvironment({ ...production, STRAPI_WEBHOOK_SECRET: "changeme" })).toThrow(/STRAPI_WEBHOOK_SECRET/)
    const development = resolveBackendEnvironment({ STRAPI_URL: "http://localhost:1400/" }).strapi
    expect(development.url).toBe("http://localhost:1400")
    expect(development.webhookSecret).toMatch(/^dev-only-/)
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

  describe("LICENSE_SIGNING_KEY", () => {
    it("takes the PEM as it is, with literal \\n, or base64-encoded", () => {
      const pem = strongSecrets.LICENSE_SIGNING_KEY
      const expected = resolveBackendEnvironment(production).licenseSigning.signingKey
      expect(expected.trim()).toBe(pem.trim())
      for (const form of [pem.replace(/\n/g, "\\n"), Buffer.from(pem).toString("base64")]) {
        expect(resolveBackendEnvironment({ ...production, LICENSE_SIGNING_KEY: form }).licenseSigning.signingKey).toBe(expected)
      }
    })

    it("refuses the repository's development key, a malformed key and a key that is not Ed25519 in production", () => {
      expect(() => resolveBackendEnvironment({ ...production, LICENSE_SIGNING_KEY: DEV_LICENSE_SIGNING_KEY })).toThrow(
        /LICENSE_SIGNING_KEY is a default or demo value/
      )
      expect(() =>
        resolveBackendEnvironment({ ...production, LICENSE_SIGNING_KEY: Buffer.from(DEV_LICENSE_SIGNING_KEY).toString("base64") })
      ).toThrow(/development key/)
      expect(() => resolveBackendEnvironment({ ...production, LICENSE_SIGNING_KEY: "x".repeat(48) })).toThrow(/not an Ed25519 private key/)
      const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()
      expect(() => resolveBackendEnvironment({ ...production, LICENSE_SIGNING_KEY: rsa })).toThrow(/not an Ed25519 private key/)
    })

    it("signs with the committed development key outside production, the same in every process", () => {
      const env = resolveBackendEnvironment({ DATABASE_URL: "postgres://localhost/postgres" })
      expect(env.licenseSigning).toEqual({ signingKey: DEV_LICENSE_SIGNING_KEY, retiredPublicKeys: [] })
      // …but a malformed value is a mistake everywhere
      expect(() => resolveBackendEnvironment({ LICENSE_SIGNING_KEY: "not a key" })).toThrow(ConfigurationError)
    })

    it("reads the retired public keys: PEMs one after another, or base64 values comma-separated", () => {
      const [a, b] = [ed25519PublicPem(), ed25519PublicPem()]
      const keys = [a, b].map((pem) => pem.trim() + "\n")
      expect(
        resolveBackendEnvironment({ ...production, LICENSE_SIGNING_RETIRED_PUBLIC_KEYS: a + b }).licenseSigning.retiredPublicKeys
      ).toEqual(keys)
      const encoded = [a, b].map((pem) => Buffer.from(pem).toString("base64")).join(",")
      expect(pemsOf(encoded)).toEqual(keys)
      expect(() => resolveBackendEnvironment({ ...production, LICENSE_SIGNING_RETIRED_PUBLIC_KEYS: "nonsense" })).toThrow(
        /LICENSE_SIGNING_RETIRED_PUBLIC_KEYS/
      )
    })
  })

  it("reads the invoice seller from INVOICE_SELLER_*, the vendor's demo values when unset, and keeps private files outside static", () => {
    expect(resolveBackendEnvironment({}).invoiceSeller).toEqual(DEMO_INVOICE_SELLER)
    const env = resolveBackendEnvironment({
      INVOICE_SELLER_NAME: "Monitor ERP System AB",
      INVOICE_SELLER_ORGANISATION_NUMBER: "556036-0793",
      INVOICE_SELLER_VAT_NUMBER: "se 5560360793 01",
      INVOICE_SELLER_BANKGIRO: "123-4567",
      INVOICE_SELLER_ADDRESS: "Box 1 | 820 00 Hudiksvall",
      INVOICE_SELLER_EMAIL: "faktura@monitor.example",
      PRIVATE_FILES_DIR: "/var/lib/mymonitor/private",
    })
    expect(env.invoiceSeller).toEqual({
      name: "Monitor ERP System AB",
      organisation_number: "556036-0793",
      vat_number: "SE556036079301",
      bankgiro: "123-4567",
      address: ["Box 1", "820 00 Hudiksvall"],
      email: "faktura@monitor.example",
      f_skatt: true,
    })
    expect(env.privateFilesDir).toBe("/var/lib/mymonitor/private")
    expect(resolveBackendEnvironment({ INVOICE_SELLER_ADDRESS: "Gata 1\\n111 22 Stad" }).invoiceSeller.address).toEqual([
      "Gata 1",
      "111 22 Stad",
    ])
    expect(resolveBackendEnvironment({}).privateFilesDir).not.toMatch(/\/static(\/|$)/)
  })

  it("switches to the Redis profile only when REDIS_URL is set", () => {
    expect(resolveBackendEnvironment({ ...production, REDIS_URL: "redis://cache:6379" }).redisUrl).toBe("redis://cache:6379")
  })
})
