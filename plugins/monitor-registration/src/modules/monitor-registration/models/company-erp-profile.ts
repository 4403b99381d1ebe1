import { model } from "@medusajs/framework/utils"

/**
 * What the ERP has told us about a company (linked to company-tenancy's company,
 * links/company-erp-profile.ts): the Monitor ERP version its installation last
 * reported, and when the company's portal was activated — the first time an
 * administrator registered from an ERP registration link.
 */
export const CompanyErpProfile = model
  .define("company_erp_profile", {
    id: model.id({ prefix: "erpp" }).primaryKey(),
    company_id: model.text(),
    erp_version: model.text().nullable(),
    erp_version_reported_at: model.dateTime().nullable(),
    portal_activated_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["company_id"], unique: true, where: "deleted_at IS NULL" }])
