import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "@mymonitor/company-tenancy/modules/company"
import CompanyCommerceModule from "../modules/company-commerce"

export default defineLink({ linkable: CompanyCommerceModule.linkable.companyOrder, field: "company_id" }, CompanyModule.linkable.company, {
  readOnly: true,
})
