import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MONITOR_REGISTRATION_MODULE, type MonitorRegistrationModuleService } from "../../modules/monitor-registration"

export type RecordErpVersionInput = { company_id: string; erp_version: string }

/** Keeps the ERP version a signed request reported as the company's; compensation puts back what was known before. */
export const recordErpVersionStep = createStep(
  "record-erp-version",
  async (input: RecordErpVersionInput, { container }) => {
    const previous = await container
      .resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
      .recordErpVersion(input.company_id, input.erp_version)
    return new StepResponse(undefined, { company_id: input.company_id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
      .recordErpVersion(previous.company_id, previous.erp_version, previous.erp_version_reported_at)
  }
)
