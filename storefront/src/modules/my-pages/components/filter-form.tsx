import { getTranslations } from "next-intl/server"

export interface FilterSelect {
  name: string
  label: string
  value: string | undefined
  /** The first option, meaning "no filter" (value ""). */
  allLabel: string
  options: readonly { value: string; label: string }[]
}

/** A plain GET form of selects and "Visa": the filter stays in the URL (shareable, works without JavaScript). */
export async function FilterForm({ id, action, selects }: { id: string; action: string; selects: readonly FilterSelect[] }) {
  const t = await getTranslations("myPages")
  return (
    <form method="get" action={action} className="inline-form filter-form">
      {selects.map((select) => (
        <span key={select.name} className="filter-form__field">
          <label htmlFor={`${id}-${select.name}`}>{select.label}</label>
          <select id={`${id}-${select.name}`} name={select.name} defaultValue={select.value ?? ""}>
            <option value="">{select.allLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      ))}
      <button type="submit" className="button button--small">
        {t("filter")}
      </button>
    </form>
  )
}
