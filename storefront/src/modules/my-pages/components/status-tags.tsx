import { getTranslations } from "next-intl/server"
import { LICENSE_STATUSES } from "@/lib/data/licenses"
import { INVOICE_STATUSES } from "@/lib/data/invoices"

/** Aktiv / Går ut snart / Utgången / Återkallad. */
export async function LicenseStatusTag({ status }: { status: string }) {
  const t = await getTranslations("licenses")
  const known = (LICENSE_STATUSES as readonly string[]).includes(status)
  return <span className={`status status--${known ? status : "unknown"}`}>{known ? t(`status.${status}`) : status || "–"}</span>
}

/** Obetald / Betald / Förfallen / Krediterad. */
export async function InvoiceStatusTag({ status }: { status: string }) {
  const t = await getTranslations("invoices")
  const known = (INVOICE_STATUSES as readonly string[]).includes(status)
  return <span className={`status status--${known ? status : "unknown"}`}>{known ? t(`status.${status}`) : status || "–"}</span>
}

/** Levereras / Levererad. */
export async function DeliveryStatusTag({ status }: { status: string }) {
  const t = await getTranslations("orders")
  const known = status === "pending" || status === "delivered"
  return <span className={`status status--${known ? status : "unknown"}`}>{known ? t(`delivery.${status}`) : status || "–"}</span>
}
