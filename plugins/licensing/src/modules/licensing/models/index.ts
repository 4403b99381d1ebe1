export { License } from "./license"
export {
  LICENSE_CATEGORIES,
  LICENSE_KINDS,
  LICENSE_TERMS,
  LicenseTerms,
  NON_LICENSE_CATEGORIES,
  type LicenseCategory,
  type LicenseKind,
  type LicenseTerm,
} from "./license-terms"
