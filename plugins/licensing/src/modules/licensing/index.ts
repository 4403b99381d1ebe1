import { Module } from "@medusajs/framework/utils"
import LicensingModuleService from "./service"

export const LICENSING_MODULE = "licensing"

export default Module(LICENSING_MODULE, { service: LicensingModuleService })

export { LicensingModuleService }
export {
  EXPIRING_WITHIN_DAYS,
  LICENSE_STATUSES,
  licenseStatus,
  validUntilOf,
  type DeliverLicensesInput,
  type LicenseDTO,
  type LicenseListFilters,
  type LicenseStatus,
  type LicenseTermsDTO,
  type LicenseTermsInput,
  type LicensingModuleOptions,
} from "./service"
export {
  LICENSE_CATEGORIES,
  LICENSE_KINDS,
  LICENSE_TERMS,
  NON_LICENSE_CATEGORIES,
  type LicenseCategory,
  type LicenseKind,
  type LicenseTerm,
} from "./models"
