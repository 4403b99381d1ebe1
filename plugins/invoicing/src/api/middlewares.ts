import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, withAccess } from "@mymonitor/portal-permissions/lib/access"
import {
  AdminCreateFeeInvoiceBody,
  AdminCreditInvoiceBody,
  AdminListInvoicesQuery,
  AdminMarkPaidBody,
  BillingProfileBody,
  StoreListInvoicesQuery,
} from "./validators"

export default defineMiddlewares({
  routes: [
    ...withAccess("invoicing", [
      // Mina sidor › Fakturor: every company where the caller has my_pages (the handler filters), one invoice, its PDF.
      {
        matcher: "/store/invoices",
        method: ["GET"],
        access: requireArea("my_pages"),
        middlewares: [validateQuery(StoreListInvoicesQuery)],
      },
      { matcher: "/store/companies/:id/invoices/:invoiceId", method: ["GET"], access: requireArea("my_pages") },
      { matcher: "/store/companies/:id/invoices/:invoiceId/pdf", method: ["GET"], access: requireArea("my_pages") },
      // Shown to the buyer at checkout.
      { matcher: "/store/companies/:id/billing-profile", method: ["GET"], access: requireArea("store") },
    ]),
    // Vendor staff (Medusa's admin auth); the input is validated all the same.
    { matcher: "/admin/invoices", method: ["GET"], middlewares: [validateQuery(AdminListInvoicesQuery)] },
    { matcher: "/admin/invoices/:id/mark-paid", method: ["POST"], middlewares: [validateBody(AdminMarkPaidBody)] },
    { matcher: "/admin/invoices/:id/credit", method: ["POST"], middlewares: [validateBody(AdminCreditInvoiceBody)] },
    { matcher: "/admin/companies/:id/invoices", method: ["POST"], middlewares: [validateBody(AdminCreateFeeInvoiceBody)] },
    { matcher: "/admin/companies/:id/billing-profile", method: ["POST"], middlewares: [validateBody(BillingProfileBody)] },
  ],
})
