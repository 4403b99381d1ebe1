import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { StoreAddLineItem, StoreCompleteCart, StoreUpdateLineItem } from "./store/companies/[id]/carts/validators"
import { StoreCatalogQuery } from "./store/companies/[id]/products/validators"
import { StoreListCompanyOrdersQuery } from "./store/company-orders/validators"
import { AdminSetCompanyPrices } from "./admin/companies/[id]/prices/validators"

const store = requireArea("store")

export default defineMiddlewares({
  routes: [
    ...withAccess("monitor-store", [
      // Monitor Store: the company's catalog, its cart and checkout (Administratör, Användare).
      { matcher: "/store/companies/:id/products", method: ["GET"], access: store, middlewares: [validateQuery(StoreCatalogQuery)] },
      { matcher: "/store/companies/:id/carts", method: ["POST"], access: store },
      { matcher: "/store/companies/:id/carts/:cartId", method: ["GET"], access: store },
      {
        matcher: "/store/companies/:id/carts/:cartId/line-items",
        method: ["POST"],
        access: store,
        middlewares: [validateBody(StoreAddLineItem)],
      },
      {
        matcher: "/store/companies/:id/carts/:cartId/line-items/:lineId",
        method: ["POST"],
        access: store,
        middlewares: [validateBody(StoreUpdateLineItem)],
      },
      { matcher: "/store/companies/:id/carts/:cartId/line-items/:lineId", method: ["DELETE"], access: store },
      {
        matcher: "/store/companies/:id/carts/:cartId/complete",
        method: ["POST"],
        access: store,
        middlewares: [validateBody(StoreCompleteCart)],
      },
      // Mina sidor › Beställningar.
      {
        matcher: "/store/company-orders",
        method: ["GET"],
        access: requireArea("my_pages"),
        middlewares: [validateQuery(StoreListCompanyOrdersQuery)],
      },
      { matcher: "/store/companies/:id/orders/:orderId", method: ["GET"], access: requireArea("my_pages") },
    ]),
    // "Företagspriser" (vendor staff, Medusa admin).
    { matcher: "/admin/companies/:id/prices", method: ["POST"], middlewares: [validateBody(AdminSetCompanyPrices)] },
  ],
})
