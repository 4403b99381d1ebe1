import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { companyNameStep } from "./steps/company-name"
import { createAdminRegistrationStep, type CreateAdminRegistrationInput } from "./steps/create-admin-registration"
import { notifyAdminRegistrationStep } from "./steps/notify-admin-registration"
import { recordErpVersionStep } from "./steps/record-erp-version"

export type RequestAdminRegistrationInput = CreateAdminRegistrationInput & {
  /** The installation's company: its name goes into the e-mail. */
  company_id: string
}

/**
 * POST /erp/v1/admin-registrations after its checks: the registration is stored,
 * the reported ERP version kept as the company's, then the link e-mailed. A failed e-mail leaves the registration as it is
 * (`email_sent: false`): it is logged and recorded as a failed notification.
 */
export const requestAdminRegistrationWorkflow = createWorkflow("request-admin-registration", (input: RequestAdminRegistrationInput) => {
  const companyName = companyNameStep({ company_id: input.company_id })
  const created = createAdminRegistrationStep(
    transform({ input }, ({ input }) => ({
      installation_id: input.installation_id,
      request_id: input.request_id,
      email: input.email,
      erp_user: input.erp_user,
      erp_version: input.erp_version,
    }))
  )
  recordErpVersionStep(transform({ input }, ({ input }) => ({ company_id: input.company_id, erp_version: input.erp_version })))
  const notified = notifyAdminRegistrationStep(
    transform({ created, companyName, input }, ({ created, companyName, input }) => ({
      registration_id: created.registration_id,
      email: created.email,
      token_ref: created.token_ref,
      company_name: companyName,
      erp_user_name: input.erp_user.name,
    }))
  )
  return new WorkflowResponse(
    transform({ created, notified }, ({ created, notified }) => ({
      registration_id: created.registration_id,
      email_sent: notified.email_sent,
    }))
  )
})
