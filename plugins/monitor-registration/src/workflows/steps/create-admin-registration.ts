import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { discardKept, keepForNextStep } from "@mymonitor/common/lib/step-secrets"
import { type ErpUser, MONITOR_REGISTRATION_MODULE, type MonitorRegistrationModuleService } from "../../modules/monitor-registration"

export type CreateAdminRegistrationInput = {
  installation_id: string
  request_id: string
  email: string
  erp_user: ErpUser
  erp_version: string
}

/**
 * Stores an ERP registration (only its link token's hash). Throws the module's
 * CONFLICT when the installation already sent this request id (the unique index
 * decides between two racing copies). The plain token goes to the next step (the
 * e-mail) by a one-time reference, `token_ref`, never into the workflow's stored
 * state. Compensation deletes the registration.
 */
export const createAdminRegistrationStep = createStep(
  "create-admin-registration",
  async (input: CreateAdminRegistrationInput, { container }) => {
    const { registration, token } = await container
      .resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
      .createRegistration(input)
    const token_ref = keepForNextStep(token)
    return new StepResponse(
      { registration_id: registration.id as string, email: registration.email as string, token_ref },
      { registration_id: registration.id as string, token_ref }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    discardKept(undo.token_ref)
    await container.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE).deleteAdminRegistrations(undo.registration_id)
  }
)
