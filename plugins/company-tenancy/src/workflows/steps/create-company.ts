import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService } from "../../modules/company"

export type CreateCompanyStepInput = {
  name: string
  organisation_number: string
  customer_number: string
}

export const createCompanyStep = createStep(
  "create-company",
  async (input: CreateCompanyStepInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const company = await companyService.createCompanies(input)
    return new StepResponse(company, company.id)
  },
  async (companyId, { container }) => {
    if (!companyId) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanies(companyId)
  }
)
