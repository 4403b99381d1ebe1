"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { acceptLinkNow, type AcceptState } from "../actions"

/** A logged-in person with the link's address accepts it with one button. */
export function AcceptLinkForm({ locale, kind, token }: { locale: string; kind: string; token: string }) {
  const t = useTranslations("register")
  const [state, formAction] = useActionState<AcceptState, FormData>(acceptLinkNow, {})
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="token" value={token} />
      <FormErrorMessage id="accept-error" error={state.error} />
      <SubmitButton pendingLabel={t("accepting")}>{kind === "invitation" ? t("acceptInvitation") : t("acceptRegistration")}</SubmitButton>
    </form>
  )
}
