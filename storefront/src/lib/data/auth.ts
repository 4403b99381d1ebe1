import { callBackend } from "./backend";

// Login is a sequence of steps. Today there is one (email + password); the mandatory 2FA step
// added later answers `mfa_required`, and its caller then continues with a second step instead
// of storing the token.

export type LoginResult =
  | { status: "authenticated"; token: string }
  | { status: "mfa_required"; token: string; challenge: unknown }
  | { status: "invalid_credentials" }
  | { status: "backend_unavailable" };

interface EmailPassAnswer {
  token?: string;
  mfa_required?: boolean;
  mfa_challenge?: unknown;
}

export async function loginWithEmailPassword(email: string, password: string): Promise<LoginResult> {
  const result = await callBackend<EmailPassAnswer>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
  });
  if (!result.ok) {
    // Any 4xx (401, or 400 for a malformed address) means the credentials were not accepted.
    return result.code === "backend_unavailable" ? { status: "backend_unavailable" } : { status: "invalid_credentials" };
  }
  const { token, mfa_required, mfa_challenge } = result.data;
  if (!token) return { status: "backend_unavailable" };
  if (mfa_required || mfa_challenge) return { status: "mfa_required", token, challenge: mfa_challenge };
  return { status: "authenticated", token };
}
