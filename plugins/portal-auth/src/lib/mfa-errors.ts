import { MedusaError } from "@medusajs/framework/utils"
import { PortalError, unauthorized } from "@mymonitor/common/lib/portal-errors"

export const invalidCode = () =>
  unauthorized({ sv: "Koden stämmer inte eller har gått ut.", en: "The code is wrong or has expired." }, "invalid_code")

export const sessionExpired = () =>
  unauthorized({ sv: "Inloggningen tog för lång tid. Logga in igen.", en: "The sign-in took too long. Log in again." }, "session_expired")

/** Core MFA speaks in MedusaErrors; the portal answers in its own codes and two languages. */
export function mfaFailure(error: unknown): PortalError {
  if (error instanceof PortalError) return error
  if (MedusaError.isMedusaError(error)) {
    const message = (error as MedusaError).message
    if (/too many failed attempts|expired|not found/i.test(message)) return sessionExpired()
    if (/sent a moment ago/i.test(message)) {
      return new PortalError(
        429,
        "rate_limited",
        { sv: "En kod skickades nyss. Vänta en stund.", en: "A code was sent a moment ago. Wait a while." },
        undefined,
        { "Retry-After": "30" }
      )
    }
    if (/already set up|already exists/i.test(message)) {
      return new PortalError(409, "factor_exists", {
        sv: "Tvåstegsverifiering är redan inställd.",
        en: "Two-factor authentication is already set up.",
      })
    }
    if (/phone number/i.test(message)) {
      return new PortalError(
        400,
        "invalid_data",
        { sv: "Ogiltiga uppgifter.", en: "Invalid data." },
        { phone: [{ sv: "Ange ett giltigt mobilnummer.", en: "Enter a valid mobile number." }] }
      )
    }
    return invalidCode()
  }
  throw error
}
