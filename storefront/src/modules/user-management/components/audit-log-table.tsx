import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { auditActionKey, type AuditEventPage } from "@/lib/data/audit-log"

/** The security log of one company: when, who, what and from where, newest first. */
export async function AuditLogTable({ companyId, companyName, page }: { companyId: string; companyName: string; page: AuditEventPage }) {
  const t = await getTranslations("auditLog")
  const format = await getFormatter()
  const events = page.audit_events
  const pageNumber = Math.floor(page.offset / Math.max(1, page.limit)) + 1
  const pages = Math.max(1, Math.ceil(page.count / Math.max(1, page.limit)))
  if (events.length === 0) return <p>{t("empty", { company: companyName })}</p>
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption>{t("caption", { company: companyName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.when")}</th>
              <th scope="col">{t("columns.who")}</th>
              <th scope="col">{t("columns.what")}</th>
              <th scope="col">{t("columns.where")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const key = auditActionKey(event.action)
              return (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.created_at}>
                      {format.dateTime(new Date(event.created_at), { dateStyle: "short", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td>
                    {event.actor_email ??
                      t(`actors.${["customer", "user", "erp", "system"].includes(event.actor_type) ? event.actor_type : "anonymous"}`)}
                  </td>
                  <td>{key ? t(`actions.${key}`) : event.action}</td>
                  <td>{event.ip ?? "–"}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {pageNumber > 1 ? (
            <Link href={{ pathname: "/hantera-anvandare/sakerhetslogg", query: { foretag: companyId, sida: String(pageNumber - 1) } }}>
              {t("newer")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: pageNumber, pages })}</span>
          {pageNumber < pages ? (
            <Link href={{ pathname: "/hantera-anvandare/sakerhetslogg", query: { foretag: companyId, sida: String(pageNumber + 1) } }}>
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
