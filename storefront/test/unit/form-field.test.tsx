// A field's own messages are translated by next-intl; here a "#key" shows as its key.
jest.mock("next-intl", () => ({ useTranslations: () => (key: string) => `errors.${key}` }))

import type { ReactElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { FormField } from "@/modules/common/components/form-field"

type Attributes = Record<string, string>

/** The field's markup: its elements in order, each with its attributes and text. */
function field(element: ReactElement): { tag: string; attributes: Attributes; text: string }[] {
  const html = renderToStaticMarkup(element)
  return [...html.matchAll(/<(\w+)([^>]*?)\/?>([^<]*)/g)].map(([, tag, attributes, text]) => ({
    tag,
    attributes: Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
    text,
  }))
}

const input = (markup: ReturnType<typeof field>) =>
  markup.find((element) => element.tag === "input" || element.tag === "select")!.attributes

describe("FormField", () => {
  it("labels its control and points it at the form's error region", () => {
    const markup = field(
      <FormField id="login-email" label="E-post" formErrorId="login-error">
        {(control) => <input {...control} name="email" type="email" />}
      </FormField>
    )
    expect(markup.map(({ tag }) => tag)).toEqual(["div", "label", "input"])
    expect(markup[0].attributes.class).toBe("field")
    expect(markup[1]).toMatchObject({ attributes: { for: "login-email" }, text: "E-post" })
    expect(input(markup)).toEqual({ id: "login-email", name: "email", type: "email", "aria-describedby": "login-error" })
  })

  it("puts the hint before the control, or after it, and describes the control by hint, messages, form error", () => {
    const before = field(
      <FormField id="setup-phone" label="Mobilnummer" hint="Med landsnummer." errors={["Ogiltigt nummer."]} formErrorId="setup-sms-error">
        {(control) => <input {...control} name="phone" />}
      </FormField>
    )
    expect(before.map(({ tag }) => tag)).toEqual(["div", "label", "p", "input", "ul", "li"])
    expect(before[2]).toMatchObject({ attributes: { id: "setup-phone-hint", class: "field-hint" }, text: "Med landsnummer." })
    expect(before[4].attributes).toEqual({ id: "setup-phone-errors", class: "field-error" })
    expect(before[5].text).toBe("Ogiltigt nummer.")
    expect(input(before)).toMatchObject({
      "aria-invalid": "true",
      "aria-describedby": "setup-phone-hint setup-phone-errors setup-sms-error",
    })

    const after = field(
      <FormField id="register-password" label="Lösenord" hint="Minst 12 tecken." hintAfterControl errors={["#passwordTooShort"]}>
        {(control) => <input {...control} name="password" type="password" />}
      </FormField>
    )
    expect(after.map(({ tag }) => tag)).toEqual(["div", "label", "input", "p", "ul", "li"])
    expect(after[5].text).toBe("errors.passwordTooShort")
    expect(input(after)["aria-describedby"]).toBe("register-password-hint register-password-errors")
  })

  it("is invalid with an empty message list or the invalid flag, without naming messages that are not there", () => {
    const empty = field(
      <FormField id="forgot-email" label="E-post" errors={[]} formErrorId="forgot-error">
        {(control) => <input {...control} />}
      </FormField>
    )
    expect(empty.map(({ tag }) => tag)).toEqual(["div", "label", "input"])
    expect(input(empty)).toEqual({ id: "forgot-email", "aria-invalid": "true", "aria-describedby": "forgot-error" })

    const flagged = field(
      <FormField id="challenge-code" label="Sexsiffrig kod" hint="Koden i appen." invalid formErrorId="challenge-error">
        {(control) => <input {...control} />}
      </FormField>
    )
    expect(input(flagged)).toEqual({
      id: "challenge-code",
      "aria-invalid": "true",
      "aria-describedby": "challenge-code-hint challenge-error",
    })
  })

  it("leaves a valid control without a description unmarked (a select too)", () => {
    const markup = field(
      <FormField id="invite-0-role" label="Roll">
        {(control) => (
          <select {...control} name="role" defaultValue="user">
            <option value="user">Användare</option>
          </select>
        )}
      </FormField>
    )
    expect(input(markup)).toEqual({ id: "invite-0-role", name: "role" })
  })
})
