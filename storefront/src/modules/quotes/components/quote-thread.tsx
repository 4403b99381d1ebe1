import { getLocale, getTranslations } from "next-intl/server"
import type { QuoteMessage } from "@/lib/data/quotes"
import { formatDateTime } from "@/modules/common/format"

/** The quote's thread: the customer's messages and Monitor's (vendor staff), oldest first, each with author and time. */
export async function QuoteThread({ messages, companyName }: { messages: readonly QuoteMessage[]; companyName: string }) {
  const t = await getTranslations("quotes")
  const locale = await getLocale()
  if (messages.length === 0) return <p>{t("noMessages")}</p>
  return (
    <ol className="thread">
      {messages.map((message) => {
        const staff = message.author_type === "staff"
        const side = staff ? t("staff") : companyName
        return (
          <li key={message.id} className={`card thread__message thread__message--${message.author_type}`}>
            <p className="thread__meta">
              <strong>{message.author_name || side}</strong>
              {side && side !== message.author_name ? <> · {side}</> : null}
              {" · "}
              <time dateTime={message.created_at}>{formatDateTime(message.created_at, locale)}</time>
            </p>
            <p className="thread__body">{message.text}</p>
          </li>
        )
      })}
    </ol>
  )
}
