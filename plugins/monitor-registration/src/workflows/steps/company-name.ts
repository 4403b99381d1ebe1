import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"

/** The company's name, for the e-mail (company-tenancy's service, not a graph query: this runs on every ERP call). */
export const companyNameStep = createStep("company-name", async (input: { company_id: string }, { container }) => {
  const [company] = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: input.company_id }, { select: ["name"], take: 1 })
  if (!company) throw new Error(`Company ${input.company_id} was not found`)
  return new StepResponse(company.name)
})
