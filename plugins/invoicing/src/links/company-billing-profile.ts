import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "@mymonitor/company-tenancy/modules/company"
import InvoicingModule from "../modules/invoicing"

/** A company's billing profile belongs to the company; read-only: the profile holds the company id. */
export default defineLink(
  { linkable: InvoicingModule.linkable.companyBillingProfile, field: "company_id" },
  CompanyModule.linkable.company,
  {
    readOnly: true,
  }
)
