export { AdminRegistration } from "./admin-registration"
export { ErpInstallation, ERP_INSTALLATION_STATUSES, type ErpInstallationStatus } from "./erp-installation"
export { CompanyErpProfile } from "./company-erp-profile"
