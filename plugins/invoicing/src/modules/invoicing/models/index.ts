export { CompanyBillingProfile } from "./billing-profile"
export { InvoiceSeries } from "./invoice-series"
export { Invoice } from "./invoice"
export { InvoiceLine } from "./invoice-line"
