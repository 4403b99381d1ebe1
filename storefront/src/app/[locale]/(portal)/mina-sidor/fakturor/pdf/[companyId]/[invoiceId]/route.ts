import { invoicePdfPath } from "@/lib/data/downloads"
import { downloadResponse } from "@/modules/my-pages/download-response"

/** An invoice's PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; companyId: string; invoiceId: string }> }) {
  const { locale, companyId, invoiceId } = await params
  return downloadResponse(request, locale, invoicePdfPath(companyId, invoiceId))
}
