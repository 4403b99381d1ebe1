import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { licensesCsv } from "../../../../lib/license-csv"
import { companiesById, licenseView, licensingOf, type LicenseView } from "../../../../lib/license-views"
import type { StoreExportLicensesQuery } from "../validators"

const PAGE = 500
/** An export is a list for a spreadsheet, not a backup: this many rows at most. */
const MAX_ROWS = 20_000

/** GET /store/licenses/export.csv — the list of GET /store/licenses as a CSV download (Swedish Excel). */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreExportLicensesQuery>, res: MedusaResponse) => {
  const { company_id, status, locale } = req.validatedQuery
  const companyIds = await companiesWithArea(req, "my_pages", company_id)
  const companies = await companiesById(req.scope, companyIds)
  const now = new Date()
  const rows: LicenseView[] = []
  for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
    const [page] = await licensingOf(req.scope).listLicensesWithStatus({ company_id: companyIds, status }, { limit: PAGE, offset, now })
    rows.push(...page.map((license) => licenseView(license, companies, now)))
    if (page.length < PAGE) break
  }
  const name = `${locale === "sv" ? "licenser" : "licenses"}-${now.toISOString().slice(0, 10)}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(licensesCsv(rows, locale))
})
