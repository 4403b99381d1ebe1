import { licenseFilePath } from "@/lib/data/downloads"
import { downloadResponse } from "@/modules/my-pages/download-response"

/** A license's signed license file (`<key>.lic`). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; companyId: string; licenseId: string }> }) {
  const { locale, companyId, licenseId } = await params
  return downloadResponse(request, locale, licenseFilePath(companyId, licenseId))
}
