import { getTranslations } from "next-intl/server"
import { sortKey, TICKET_SORTS, TICKET_STATUS_FILTERS } from "../words"
import type { TicketFilter } from "../ticket-query"

/**
 * Företag, Status, Sök and Sortering as a plain GET form: the filter stays in the URL (shareable, works
 * without JavaScript); a new filter starts again at page 1.
 */
export async function TicketFilterForm({
  action,
  filter,
  companies,
}: {
  action: string
  filter: TicketFilter
  companies: readonly { id: string; name: string }[]
}) {
  const t = await getTranslations("support")
  return (
    <form method="get" action={action} className="inline-form filter-form" role="search" aria-label={t("listTitle")}>
      {companies.length > 1 ? (
        <span className="filter-form__field">
          <label htmlFor="tickets-filter-company">{t("filterCompany")}</label>
          <select id="tickets-filter-company" name="foretag" defaultValue={filter.company ?? ""}>
            <option value="">{t("allCompanies")}</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <span className="filter-form__field">
        <label htmlFor="tickets-filter-status">{t("filterStatus")}</label>
        <select id="tickets-filter-status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {TICKET_STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter-form__field">
        <label htmlFor="tickets-filter-q">{t("search")}</label>
        <input
          id="tickets-filter-q"
          name="sok"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={200}
          aria-describedby="tickets-filter-q-hint"
        />
        <span id="tickets-filter-q-hint" className="visually-hidden">
          {t("searchHint")}
        </span>
      </span>
      <span className="filter-form__field">
        <label htmlFor="tickets-filter-sort">{t("sort")}</label>
        <select id="tickets-filter-sort" name="sortering" defaultValue={filter.sort}>
          {TICKET_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sortKey(sort)}`)}
            </option>
          ))}
        </select>
      </span>
      <button type="submit" className="button button--small">
        {t("show")}
      </button>
    </form>
  )
}
