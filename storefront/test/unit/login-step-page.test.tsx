// The page factory of the login flow, with Next, next-intl, the cookies and the backend replaced.
class Redirected extends Error {
  constructor(readonly target: { href: unknown; locale: string }) {
    super("redirected")
  }
}
jest.mock("@/i18n/navigation", () => ({
  redirect: (target: { href: unknown; locale: string }) => {
    throw new Redirected(target)
  },
}))
jest.mock("next-intl/server", () => ({
  setRequestLocale: jest.fn(),
  getTranslations:
    async ({ locale, namespace }: { locale: string; namespace: string }) =>
    (key: string) =>
      `${locale}:${namespace}.${key}`,
}))
jest.mock("@/lib/session/store", () => ({ readPending: jest.fn(), readSessionToken: jest.fn(), clearPending: jest.fn() }))
jest.mock("@/lib/data/auth", () => ({ retrieveSessionInfo: jest.fn() }))
jest.mock("@/modules/auth/components/auth-page", () => ({ AuthPage: () => null }))

import type { ReactElement } from "react"
import { retrieveSessionInfo } from "@/lib/data/auth"
import type { PendingLogin } from "@/lib/session/pending"
import { readPending, readSessionToken } from "@/lib/session/store"
import { AuthPage } from "@/modules/auth/components/auth-page"
import { loginStepPage, type LoginStepContext, type LoginStepPageOptions } from "@/modules/auth/login-step-page"

const pending = (step: PendingLogin["step"], extra: Partial<PendingLogin> = {}): PendingLogin => ({ token: "t", step, ...extra })
const props = (locale = "sv", searchParams: Record<string, string | string[]> = {}) => ({
  params: Promise.resolve({ locale }),
  searchParams: Promise.resolve(searchParams),
})

let seen: LoginStepContext | undefined
function page(options: Partial<LoginStepPageOptions> = {}) {
  return loginStepPage({
    title: { namespace: "loginSteps", key: "challengeTitle" },
    content: (context) => {
      seen = context
      return "content"
    },
    ...options,
  })
}
/** Where the page sent the visitor, or its element (the auth frame around the content). */
async function open(Page: ReturnType<typeof page>["Page"], ...args: Parameters<typeof props>) {
  try {
    return { element: (await Page(props(...args))) as ReactElement<{ children: unknown }> }
  } catch (error) {
    if (error instanceof Redirected) return { redirected: error.target }
    throw error
  }
}

beforeEach(() => {
  jest.clearAllMocks()
  seen = undefined
  jest.mocked(readPending).mockResolvedValue(undefined)
  jest.mocked(readSessionToken).mockResolvedValue(undefined)
})

describe("loginStepPage", () => {
  it("titles the page from the flow's messages, and keeps a link's page out of search engines", async () => {
    expect(await page().generateMetadata(props("en"))).toEqual({ title: "en:loginSteps.challengeTitle" })
    expect(await page({ title: { namespace: "passwordReset", key: "resetTitle" }, noIndex: true }).generateMetadata(props())).toEqual({
      title: "sv:passwordReset.resetTitle",
      robots: { index: false },
    })
  })

  it("shows a page without a step to every visitor, in the auth frame, with its single query parameters", async () => {
    const { element } = await open(page().Page, "en", { reason: "expired", accept: ["a", "b"] })
    expect(element?.type).toBe(AuthPage)
    expect(element?.props.children).toBe("content")
    expect(seen?.locale).toBe("en")
    expect(seen?.query("reason")).toBe("expired")
    expect(seen?.query("accept")).toBeUndefined()
    expect(seen?.pending).toBeUndefined()
    expect(readPending).not.toHaveBeenCalled()
  })

  it("sends a visitor without a login in progress to 'Logga in', and one at another step to that step", async () => {
    const { Page } = page({ step: "challenge" })
    expect(await open(Page, "en")).toEqual({ redirected: { href: "/login", locale: "en" } })
    jest.mocked(readPending).mockResolvedValue(pending("email_code"))
    expect(await open(Page)).toEqual({ redirected: { href: "/login/e-postkod", locale: "sv" } })
    expect(retrieveSessionInfo).not.toHaveBeenCalled()
  })

  it("follows the backend: a lost session to 'Logga in' with the notice, a complete one to Översikt, a later stage to its step", async () => {
    const { Page } = page({ step: "email_code" })
    jest.mocked(readPending).mockResolvedValue(pending("email_code"))
    jest.mocked(retrieveSessionInfo).mockResolvedValue({ ok: false, code: "unauthorized", status: 401, error: { code: "session_expired" } })
    expect(await open(Page)).toEqual({ redirected: { href: { pathname: "/login", query: { reason: "expired" } }, locale: "sv" } })
    jest.mocked(retrieveSessionInfo).mockResolvedValue({ ok: true, data: { stage: "complete", email: "a@kund.se" } })
    expect(await open(Page)).toEqual({ redirected: { href: "/", locale: "sv" } })
    jest.mocked(retrieveSessionInfo).mockResolvedValue({ ok: true, data: { stage: "enrolment", email: "a@kund.se" } })
    expect(await open(Page)).toEqual({ redirected: { href: "/login/tvastegsverifiering", locale: "sv" } })
    expect(retrieveSessionInfo).toHaveBeenCalledWith("t")
  })

  it("shows the step with its pending login and the backend's answer (also when the backend cannot be reached)", async () => {
    const { Page } = page({ step: "challenge" })
    jest.mocked(readPending).mockResolvedValue(pending("challenge", { methods: ["sms"] }))
    const info = { ok: true as const, data: { stage: "password" as const, email: "a@kund.se", methods: ["sms" as const] } }
    jest.mocked(retrieveSessionInfo).mockResolvedValue(info)
    expect((await open(Page)).element?.props.children).toBe("content")
    expect(seen).toMatchObject({ locale: "sv", pending: pending("challenge", { methods: ["sms"] }), session: info })

    jest.mocked(retrieveSessionInfo).mockResolvedValue({ ok: false, code: "backend_unavailable" })
    expect((await open(Page)).element?.props.children).toBe("content")
    expect(seen?.session).toEqual({ ok: false, code: "backend_unavailable" })
  })

  it("the setup step: shows the completed login after a reload, and does not ask the backend while a factor is being set up", async () => {
    const { Page } = page({ step: "setup", showsCompletedLogin: true, asksBackend: (login) => !login.factor })
    expect(await open(Page)).toEqual({ redirected: { href: "/login", locale: "sv" } })
    jest.mocked(readSessionToken).mockResolvedValue("complete-token")
    expect((await open(Page)).element?.props.children).toBe("content")
    expect(seen?.pending).toBeUndefined()

    jest.mocked(readPending).mockResolvedValue(pending("setup", { factor: { id: "f1", method: "totp" } }))
    expect((await open(Page)).element?.props.children).toBe("content")
    expect(seen?.pending?.factor?.id).toBe("f1")
    expect(retrieveSessionInfo).not.toHaveBeenCalled()
  })
})
