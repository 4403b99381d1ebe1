"use client"

import { useTranslations } from "next-intl"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** "Press the arrow to log in": the arrow is the visible label, the accessible name says what it does. */
export function ArrowButton() {
  const t = useTranslations("loginSteps")
  return (
    <SubmitButton className="button button--primary button--arrow" ariaLabel={t("arrowLabel")}>
      <span aria-hidden="true">→</span>
    </SubmitButton>
  )
}
