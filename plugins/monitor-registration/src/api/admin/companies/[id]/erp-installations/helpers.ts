import type { MedusaRequest } from "@medusajs/framework/http"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { notFound } from "@mymonitor/common/lib/portal-errors"
import { MONITOR_REGISTRATION_MODULE, type MonitorRegistrationModuleService } from "../../../../../modules/monitor-registration"

export const installationsOf = (req: MedusaRequest) => req.scope.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)

/** The company of the URL, or 404. */
export async function companyOfUrl(req: MedusaRequest) {
  const [company] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: req.params.id }, { take: 1, select: ["id", "name", "customer_number"] })
  if (!company) throw notFound({ sv: "Företaget hittades inte.", en: "Company not found." })
  return company
}

/** The installation of the URL, which must belong to the company of the URL, or 404. */
export async function installationOfUrl(req: MedusaRequest) {
  const company = await companyOfUrl(req)
  const [installation] = await installationsOf(req).listErpInstallations(
    { id: req.params.installationId, company_id: company.id },
    { take: 1 }
  )
  if (!installation) throw notFound({ sv: "Installationen hittades inte.", en: "Installation not found." })
  return { company, installation }
}
