import { getTranslations } from "next-intl/server"
import { quoteStatusKey } from "../quote-rules"

/** Begärd / Skickad / Accepterad / Avböjd / Utgången / Avbruten. */
export async function QuoteStatusTag({ status }: { status: string }) {
  const t = await getTranslations("quotes.status")
  const key = quoteStatusKey(status)
  return <span className={`status status--quote-${key}`}>{key === "unknown" ? status || "–" : t(key)}</span>
}
