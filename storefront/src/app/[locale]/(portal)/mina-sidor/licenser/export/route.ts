import { licensesCsvPath } from "@/lib/data/downloads"
import { downloadResponse } from "@/modules/my-pages/download-response"

/** "Exportera CSV": the licenses (the page's filter) as the backend writes them. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const search = new URL(request.url).searchParams
  return downloadResponse(request, locale, licensesCsvPath, {
    company_id: search.get("company") || undefined,
    status: search.get("status") || undefined,
    // The CSV's column headers in the visitor's language.
    locale,
  })
}
