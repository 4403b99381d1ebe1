import { getLocale, getTranslations } from "next-intl/server"
import type { CompanyMembership } from "@/lib/data/companies"
import { roleMessageKey } from "@/lib/permissions/roles"

export async function CompanyTable({ companies }: { companies: readonly CompanyMembership[] }) {
  const t = await getTranslations("overview")
  const tRoles = await getTranslations("roles")
  if (companies.length === 0) return <p>{t("empty")}</p>
  const collator = new Intl.Collator(await getLocale())
  const sorted = [...companies].sort((a, b) => collator.compare(a.name, b.name))

  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t("companiesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.customerNumber")}</th>
            <th scope="col">{t("columns.organisationNumber")}</th>
            <th scope="col">{t("columns.role")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((company) => (
            <tr key={company.membership_id ?? company.id}>
              <th scope="row">{company.name}</th>
              <td>{company.customer_number}</td>
              <td>{company.organisation_number}</td>
              <td>{tRoles(roleMessageKey(company.role))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
