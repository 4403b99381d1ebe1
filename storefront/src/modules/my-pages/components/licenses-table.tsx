import { getLocale, getTranslations } from "next-intl/server"
import type { License } from "@/lib/data/licenses"
import { formatDate, isoDay } from "@/modules/common/format"
import { LicenseTermsText } from "@/modules/store/components/license-terms"
import { licenseFileHref } from "../download-links"
import { LicenseStatusTag } from "./status-tags"

/** Mina sidor › Licenser: company, product, term, renewal date, status and the license file. */
export async function LicensesTable({ licenses, caption }: { licenses: readonly License[]; caption: string }) {
  const t = await getTranslations("licenses")
  const locale = await getLocale()
  if (licenses.length === 0) return <p>{t("empty")}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.key")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.product")}</th>
            <th scope="col">{t("columns.terms")}</th>
            <th scope="col">{t("columns.renewal")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.file")}</th>
          </tr>
        </thead>
        <tbody>
          {licenses.map((license) => (
            <tr key={license.id}>
              <th scope="row">
                <code className="license-key">{license.license_key}</code>
              </th>
              <td>{license.company.name}</td>
              <td>{license.product_title}</td>
              <td>
                <LicenseTermsText terms={license} />
              </td>
              <td>
                {license.renewal_date ? (
                  <time dateTime={isoDay(license.renewal_date)}>{formatDate(license.renewal_date, locale)}</time>
                ) : license.term === "perpetual" ? (
                  t("noRenewal")
                ) : (
                  "–"
                )}
              </td>
              <td>
                <LicenseStatusTag status={license.status} />
              </td>
              <td>
                {license.status === "revoked" ? (
                  "–"
                ) : (
                  <a href={licenseFileHref(locale, license.company.id, license.id)} download>
                    {t("download")}
                    <span className="visually-hidden"> {t("downloadFor", { key: license.license_key })}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
