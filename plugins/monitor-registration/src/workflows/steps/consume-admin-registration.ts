import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MONITOR_REGISTRATION_MODULE, type LinkDescription, type MonitorRegistrationModuleService } from "../../modules/monitor-registration"

/** Marks the registration link used (single use); compensation makes it usable again. */
export const consumeAdminRegistrationStep = createStep(
  "consume-admin-registration",
  async (input: { token: string }, { container }) => {
    const service = container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
    const link: LinkDescription = await service.consumeLink(input.token)
    return new StepResponse(link, input.token)
  },
  async (token, { container }) => {
    if (!token) return
    await container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE).restoreLink(token)
  }
)
