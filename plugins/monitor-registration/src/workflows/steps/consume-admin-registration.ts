import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { gone, notFound } from "@mymonitor/common/lib/portal-errors"
import {
  MONITOR_REGISTRATION_MODULE,
  type LinkDescription,
  type MonitorRegistrationModuleService,
} from "../../modules/monitor-registration"

export const LINK_STATUS_ERRORS = {
  used: () => gone("link_used", { sv: "Länken har redan använts.", en: "The link has already been used." }),
  expired: () => gone("link_expired", { sv: "Länken har gått ut.", en: "The link has expired." }),
  revoked: () => gone("link_revoked", { sv: "Länken gäller inte längre.", en: "The link is no longer valid." }),
}

/** Marks the registration link used (single use) or throws why it cannot be used (404 / 410); compensation makes it usable again. */
export const consumeAdminRegistrationStep = createStep(
  "consume-admin-registration",
  async (input: { token: string }, { container }) => {
    const service = container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
    const link = await service.consumeLink(input.token)
    if (!link) throw notFound({ sv: "Länken finns inte.", en: "The link does not exist." })
    if (link.status !== "valid") throw LINK_STATUS_ERRORS[link.status]()
    return new StepResponse<LinkDescription, string>(link, input.token)
  },
  async (token, { container }) => {
    if (!token) return
    await container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE).restoreLink(token)
  }
)
