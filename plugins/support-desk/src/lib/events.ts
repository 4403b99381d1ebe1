/**
 * The company module's own mutation events (Medusa emits `<module>.<entity>.<action>` for every
 * service of a data model): a company created or renamed in company-tenancy.
 */
export const COMPANY_CREATED = "company.company.created"
export const COMPANY_UPDATED = "company.company.updated"
