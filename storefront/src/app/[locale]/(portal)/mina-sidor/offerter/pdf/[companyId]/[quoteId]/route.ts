import { quotePdfPath } from "@/lib/data/downloads"
import { downloadResponse } from "@/modules/my-pages/download-response"

/** A quote's PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; companyId: string; quoteId: string }> }) {
  const { locale, companyId, quoteId } = await params
  return downloadResponse(request, locale, quotePdfPath(companyId, quoteId))
}
