import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { LICENSING_MODULE, type DeliverLicensesInput, type LicensingModuleService } from "@mymonitor/licensing/modules/licensing"

/**
 * One license per license line of the order, exactly once (licensing inserts per order line item
 * and does nothing on conflict). No compensation: a delivered license stays valid when a later
 * delivery step fails; the redelivery finds it and goes on.
 */
export const deliverLicensesStep = createStep("deliver-licenses", async (input: DeliverLicensesInput, { container }) => {
  const licensing = container.resolve<LicensingModuleService>(LICENSING_MODULE)
  // A step's input arrives serialised: the date as its ISO string.
  const licenses = await licensing.deliverLicenses({ ...input, issued_at: new Date(input.issued_at) })
  return new StepResponse(licenses.map((license) => license.id))
})
