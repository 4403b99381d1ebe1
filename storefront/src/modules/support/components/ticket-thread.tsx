import { getLocale, getTranslations } from "next-intl/server"
import type { TicketMessage } from "@/lib/data/support"
import { formatDateTime } from "@/modules/common/format"
import { ticketAttachmentHref } from "@/modules/my-pages/download-links"
import { formatFileSize } from "../attachment-rules"

/** The thread: the customer's and Monitor support's messages, oldest first, each with its attachments. */
export async function TicketThread({
  messages,
  companyId,
  ticketId,
}: {
  messages: readonly TicketMessage[]
  companyId: string
  ticketId: string
}) {
  const t = await getTranslations("support.ticket")
  const locale = await getLocale()
  return (
    <ol className="thread">
      {messages.map((message) => (
        <li key={message.id} className={`card thread__message thread__message--${message.authorType}`}>
          <p className="thread__meta">
            <strong>{message.authorName || (message.authorType === "staff" ? t("staff") : t("customer"))}</strong>
            {" · "}
            {message.authorType === "staff" ? t("staff") : t("customer")}
            {" · "}
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
          </p>
          <p className="thread__body">{message.body}</p>
          {message.attachments.length > 0 ? (
            <>
              <h3 className="visually-hidden">{t("attachments")}</h3>
              <ul className="link-list">
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={ticketAttachmentHref(locale, companyId, ticketId, file.id)} download>
                      {file.name}
                    </a>{" "}
                    ({formatFileSize(file.size, locale)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
