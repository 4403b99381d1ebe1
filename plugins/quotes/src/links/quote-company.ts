import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "@mymonitor/company-tenancy/modules/company"
import QuoteModule from "../modules/quote"

export default defineLink({ linkable: QuoteModule.linkable.quote, field: "company_id" }, CompanyModule.linkable.company, { readOnly: true })
