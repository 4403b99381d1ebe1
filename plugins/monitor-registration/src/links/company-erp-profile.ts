import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "@mymonitor/company-tenancy/modules/company"
import MonitorRegistrationModule from "../modules/monitor-registration"

/** A company's ERP facts belong to the company; read-only: the profile holds the company id. */
export default defineLink(
  { linkable: MonitorRegistrationModule.linkable.companyErpProfile, field: "company_id" },
  CompanyModule.linkable.company,
  {
    readOnly: true,
  }
)
