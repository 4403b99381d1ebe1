import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "@mymonitor/company-tenancy/modules/company"
import LicensingModule from "../modules/licensing"

/** A license belongs to the company that bought it; read-only: the license holds the company id. */
export default defineLink({ linkable: LicensingModule.linkable.license, field: "company_id" }, CompanyModule.linkable.company, {
  readOnly: true,
})
