import { MedusaError } from "@medusajs/framework/utils"
import ConstantTimeEmailPassProvider, { INVALID_CREDENTIALS } from "../providers/emailpass/service"

/**
 * Account enumeration by timing: core answers an unknown e-mail without hashing
 * anything. Here an unknown address runs the same password check (scrypt, the
 * provider's own settings) as a known one with a wrong password.
 */
describe("e-mail and password login", () => {
  const provider = new ConstantTimeEmailPassProvider({}, {})
  let known: unknown

  beforeAll(async () => {
    known = {
      id: "authid_1",
      provider_identities: [{ provider: "emailpass", provider_metadata: { password: await provider.hashPassword("Right-password-2026") } }],
    }
  })

  const identities = {
    retrieve: async ({ entity_id }: { entity_id: string }) => {
      if (entity_id === "known@example.se") return known
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "no such identity")
    },
  }

  it("runs the password hash for an unknown e-mail, as for a known one", async () => {
    const checks = jest.spyOn(provider, "isPasswordMatch_")
    const unknown = await provider.authenticate({ body: { email: "nobody@example.se", password: "Whatever-2026" } }, identities)
    const wrong = await provider.authenticate({ body: { email: "known@example.se", password: "Wrong-password-2026" } }, identities)
    expect(unknown).toEqual({ success: false, error: INVALID_CREDENTIALS })
    expect(wrong).toEqual({ success: false, error: INVALID_CREDENTIALS })
    expect(checks).toHaveBeenCalledTimes(2)
    // The unknown address was checked against a real scrypt hash, not skipped.
    const [, decoy] = checks.mock.calls[0] as [string, { provider_identities: { provider_metadata: { password: string } }[] }]
    expect(Buffer.from(decoy.provider_identities[0].provider_metadata.password, "base64").subarray(0, 6).toString()).toBe("scrypt")
    checks.mockRestore()
  })

  it("still logs in the right password", async () => {
    const result = await provider.authenticate({ body: { email: "known@example.se", password: "Right-password-2026" } }, identities)
    expect(result.success).toBe(true)
  })
})
