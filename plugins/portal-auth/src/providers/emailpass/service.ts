import EmailPassModule from "@medusajs/medusa/auth-emailpass"
import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"

type AuthIdentityService = { retrieve(selector: { entity_id: string }): Promise<unknown> }
type AuthenticationInput = { body?: Record<string, unknown> }
type AuthenticationResult = { success: boolean; error?: string; authIdentity?: unknown }
type EmailPassBase = new (
  cradle: object,
  options: object
) => {
  authenticate(data: AuthenticationInput, service: AuthIdentityService): Promise<AuthenticationResult>
  hashPassword(password: string): Promise<string>
  isPasswordMatch_(password: string, identity: unknown): Promise<boolean>
}

// Core's e-mail/password provider; its class is reachable only through the module provider it exports.
const EmailPassAuthService = (EmailPassModule as unknown as { services: EmailPassBase[] }).services[0]

export const INVALID_CREDENTIALS = "Invalid email or password"

/**
 * Core e-mail and password login, except that an unknown e-mail costs the same
 * password-hash work as a known one: core answers an unknown address at once,
 * so the answer time told which addresses have accounts. Registered under the id
 * "emailpass", so portal and staff logins alike go through it.
 */
export default class ConstantTimeEmailPassProvider extends EmailPassAuthService {
  static identifier = "emailpass"
  private decoyIdentity_?: Promise<unknown>

  async authenticate(data: AuthenticationInput, service: AuthIdentityService): Promise<AuthenticationResult> {
    const { email, password } = data.body ?? {}
    if (typeof email === "string" && typeof password === "string") {
      const known = await service.retrieve({ entity_id: email }).then(
        () => true,
        (error: { type?: string }) => {
          if (error?.type === MedusaError.Types.NOT_FOUND) return false
          throw error
        }
      )
      if (!known) {
        await this.isPasswordMatch_(password, await this.decoyIdentity())
        return { success: false, error: INVALID_CREDENTIALS }
      }
    }
    return super.authenticate(data, service)
  }

  /** An identity with a hash of a random password, made with this provider's own hash settings. */
  decoyIdentity(): Promise<unknown> {
    this.decoyIdentity_ ??= this.hashPassword(randomBytes(32).toString("hex")).then((password) => ({
      provider_identities: [{ provider: "emailpass", provider_metadata: { password } }],
    }))
    return this.decoyIdentity_
  }
}

let decoyProvider: ConstantTimeEmailPassProvider | undefined

/** The hash work of one password check against nothing, for answers that must not be faster than a real check. */
export async function spendPasswordHashWork(password: string): Promise<void> {
  decoyProvider ??= new ConstantTimeEmailPassProvider({}, {})
  await decoyProvider.isPasswordMatch_(password, await decoyProvider.decoyIdentity())
}
