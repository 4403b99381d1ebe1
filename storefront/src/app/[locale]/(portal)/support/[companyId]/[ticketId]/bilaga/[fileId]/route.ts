import { ticketAttachmentPath } from "@/lib/data/downloads"
import { downloadResponse } from "@/modules/my-pages/download-response"

/** A ticket message's attachment, streamed from the backend (never a Strapi URL). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; companyId: string; ticketId: string; fileId: string }> }
) {
  const { locale, companyId, ticketId, fileId } = await params
  return downloadResponse(request, locale, ticketAttachmentPath(companyId, ticketId, fileId), undefined, "support")
}
