"use client"

import { useActionState, useId } from "react"
import { useTranslations } from "next-intl"
import { MEMBERSHIP_ROLES } from "@/lib/permissions/roles"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { changeRole, type ChangeState } from "../actions"

/**
 * "Tilldelad roll" of one user in one company: a select and its own save button (changing the
 * select alone changes nothing — no surprise for keyboard and screen reader users).
 */
export function RoleForm({
  locale,
  companyId,
  companyName,
  customerId,
  userName,
  role,
}: {
  locale: string
  companyId: string
  companyName: string
  customerId: string
  userName: string
  role: string
}) {
  const t = useTranslations("manageUsers")
  const tRoles = useTranslations("roles")
  const id = useId()
  const [state, formAction] = useActionState<ChangeState, FormData>(changeRole, {})
  const context = t("roleContext", { name: userName, company: companyName })
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="customer_id" value={customerId} />
      <label htmlFor={`${id}-role`} className="visually-hidden">
        {t("roleLabel", { name: userName, company: companyName })}
      </label>
      <select id={`${id}-role`} name="role" defaultValue={role} key={role} aria-describedby={`${id}-error`}>
        {MEMBERSHIP_ROLES.map((value) => (
          <option key={value} value={value}>
            {tRoles(value)}
          </option>
        ))}
      </select>
      <SubmitButton className="button button--small" pendingLabel={t("saving")}>
        {t("save")}
        <span className="visually-hidden"> {context}</span>
      </SubmitButton>
      <span role="status" className="inline-status">
        {state.done === "roleChanged" && !state.error ? t("roleChanged") : null}
      </span>
      <FormErrorMessage id={`${id}-error`} error={state.error} />
    </form>
  )
}
