import { getTranslations } from "next-intl/server"
import type { CompanyMembership } from "@/lib/data/companies"

/**
 * "Handla för": the company the visitor shops for, kept in the URL (`?company=`). With one company
 * it is only named; with several, a plain GET form (works without JavaScript, and with the keyboard).
 */
export async function CompanyChooser({
  companies,
  current,
  label,
  action,
  id = "company-choice",
}: {
  companies: readonly CompanyMembership[]
  current: string
  label: string
  /** The path the form is sent to (with the locale prefix). */
  action: string
  id?: string
}) {
  const t = await getTranslations("store")
  if (companies.length <= 1) {
    return (
      <p className="company-choice">
        <span className="company-choice__label">{label}:</span> <strong>{companies[0]?.name}</strong>
      </p>
    )
  }
  return (
    <form method="get" action={action} className="inline-form filter-form">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="company" defaultValue={current}>
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        {t("show")}
      </button>
    </form>
  )
}
