"use client"

import { useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import type { AdministeredCompany } from "@/lib/data/user-management"
import { MEMBERSHIP_ROLES } from "@/lib/permissions/roles"
import { FieldMessages, FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { sendInvitationsAction, type InviteState } from "../actions"

/**
 * "Bjud in användare": one row per person — e-mail, "Välj företag" (one or several of the
 * caller's admin companies) and the role (Användare unless chosen). "Ny inbjudan" adds a row,
 * "Skicka inbjudan" sends them all.
 */
export function InviteForm({ locale, companies }: { locale: string; companies: readonly AdministeredCompany[] }) {
  const t = useTranslations("invite")
  const tRoles = useTranslations("roles")
  const { state, onSubmit, pending } = useKeptFormAction<InviteState>(sendInvitationsAction, {})
  const [rows, setRows] = useState<number[]>([0])
  const nextRow = useRef(1)
  const focusRow = useRef<number | null>(null)
  const fields = state.fields ?? {}

  useEffect(() => {
    if (focusRow.current !== null) {
      document.getElementById(`invite-${focusRow.current}-email`)?.focus()
      focusRow.current = null
    }
  }, [rows])

  const addRow = () => {
    const row = nextRow.current++
    focusRow.current = row
    setRows((current) => [...current, row])
  }
  const removeRow = (row: number) => {
    setRows((current) => {
      const remaining = current.filter((value) => value !== row)
      focusRow.current = remaining[Math.max(0, current.indexOf(row) - 1)] ?? null
      return remaining
    })
  }

  return (
    <form onSubmit={onSubmit} className="form invite-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {rows.map((row, position) => {
        const prefix = `invitations.${row}`
        const emailErrors = fields[`${prefix}.email`]
        const companyErrors = [
          ...(fields[`${prefix}.company_ids`] ?? []),
          ...Object.entries(fields)
            .filter(([name]) => name.startsWith(`${prefix}.company_ids.`))
            .flatMap(([, messages]) => messages),
        ]
        const roleErrors = fields[`${prefix}.role`]
        const rowErrors = fields[prefix]
        return (
          <fieldset key={row} className="invite-row">
            <legend>{t("rowLegend", { number: position + 1 })}</legend>
            <FieldMessages id={`invite-${row}-row-errors`} messages={rowErrors} />
            <FormField id={`invite-${row}-email`} label={t("email")} errors={emailErrors}>
              {(control) => <input {...control} name={`${prefix}.email`} type="email" autoComplete="off" required />}
            </FormField>
            <fieldset className="checkbox-group" aria-describedby={companyErrors.length ? `invite-${row}-companies-errors` : undefined}>
              <legend>{t("companies")}</legend>
              {companies.map((company) => (
                <label key={company.id} className="checkbox">
                  <input type="checkbox" name={`${prefix}.company_ids`} value={company.id} defaultChecked={companies.length === 1} />
                  {company.name}
                </label>
              ))}
              <FieldMessages id={`invite-${row}-companies-errors`} messages={companyErrors.length ? companyErrors : undefined} />
            </fieldset>
            <FormField id={`invite-${row}-role`} label={t("role")} errors={roleErrors}>
              {(control) => (
                <select {...control} name={`${prefix}.role`} defaultValue="user">
                  {MEMBERSHIP_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {tRoles(role)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {rows.length > 1 ? (
              <button type="button" className="link-button" onClick={() => removeRow(row)}>
                {t("removeRow", { number: position + 1 })}
              </button>
            ) : null}
          </fieldset>
        )
      })}
      <FieldMessages id="invite-errors" messages={fields.invitations ?? fields._} />
      <div className="form-actions">
        <button type="button" className="button" onClick={addRow}>
          {t("addRow")}
        </button>
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </div>
      <FormErrorMessage id="invite-error" error={state.error} />
    </form>
  )
}
