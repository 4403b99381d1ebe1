"use server";

import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { redirect } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { loginWithEmailPassword } from "@/lib/data/auth";
import { clearedSessionCookieOptions, SESSION_COOKIE, sessionCookieOptions } from "@/lib/session/cookie";

export type LoginErrorCode = "invalidCredentials" | "missingFields" | "backendUnavailable" | "incomplete";
export interface LoginState {
  error?: LoginErrorCode;
  email?: string;
}

function localeFrom(formData: FormData): Locale {
  const locale = formData.get("locale");
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const locale = localeFrom(formData);
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { error: "missingFields", email };

  const result = await loginWithEmailPassword(email, password);
  switch (result.status) {
    case "invalid_credentials":
      return { error: "invalidCredentials", email };
    case "backend_unavailable":
      return { error: "backendUnavailable", email };
    case "mfa_required":
      // The second step (mandatory 2FA) belongs here; until it exists such a login cannot finish.
      return { error: "incomplete", email };
    case "authenticated": {
      const cookieStore = await cookies();
      cookieStore.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.token, process.env.PORTAL_URL));
      redirect({ href: "/", locale });
    }
  }
  return { error: "incomplete", email };
}

export async function logout(formData: FormData): Promise<void> {
  const locale = localeFrom(formData);
  const cookieStore = await cookies();
  cookieStore.set(SESSION_COOKIE, "", clearedSessionCookieOptions(process.env.PORTAL_URL));
  redirect({ href: "/login", locale });
}
