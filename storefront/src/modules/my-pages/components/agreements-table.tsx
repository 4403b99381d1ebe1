import { getLocale, getTranslations } from "next-intl/server"
import type { Agreement } from "@/lib/data/agreements"
import { formatDate, isoDay } from "@/modules/common/format"
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, wordKey } from "@/modules/support/words"
import { agreementPdfHref } from "../download-links"

/** Mina sidor › Avtal: title, company, type, validity, status and the signed PDF. */
export async function AgreementsTable({ agreements, caption }: { agreements: readonly Agreement[]; caption: string }) {
  const t = await getTranslations("agreements")
  const locale = await getLocale()
  if (agreements.length === 0) return <p>{t("empty")}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.title")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.type")}</th>
            <th scope="col">{t("columns.validity")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.document")}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => {
            const type = wordKey(AGREEMENT_TYPES, agreement.type)
            const status = wordKey(AGREEMENT_STATUSES, agreement.status)
            return (
              <tr key={agreement.id}>
                <th scope="row">{agreement.title}</th>
                <td>{agreement.company.name}</td>
                <td>{t(`type.${type}`)}</td>
                <td>
                  <time dateTime={isoDay(agreement.validFrom)}>{formatDate(agreement.validFrom, locale)}</time>
                  {" – "}
                  {agreement.validTo ? (
                    <time dateTime={isoDay(agreement.validTo)}>{formatDate(agreement.validTo, locale)}</time>
                  ) : (
                    t("untilFurtherNotice")
                  )}
                </td>
                <td>
                  <span className={`status status--${status}`}>
                    {status === "unknown" ? agreement.status || "–" : t(`status.${status}`)}
                  </span>
                </td>
                <td>
                  {agreement.document ? (
                    <a href={agreementPdfHref(locale, agreement.company.id, agreement.id)} download>
                      {t("download")}
                      <span className="visually-hidden"> {t("downloadFor", { title: agreement.title })}</span>
                    </a>
                  ) : (
                    t("noDocument")
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
