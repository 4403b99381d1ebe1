import { agreementDocumentPath } from "@/lib/data/downloads"
import { downloadResponse } from "@/modules/my-pages/download-response"

/** An agreement's signed PDF, streamed from the backend (never a Strapi URL). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; companyId: string; agreementId: string }> }) {
  const { locale, companyId, agreementId } = await params
  return downloadResponse(request, locale, agreementDocumentPath(companyId, agreementId))
}
