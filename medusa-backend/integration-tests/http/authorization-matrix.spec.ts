import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ApiLoader } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import express from "express"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor, ensureVendorAdmin } from "../../src/seed"
import { completeStaffSession } from "../helpers/staff-session"
import { completePortalSession } from "../helpers/portal-session"

/**
 * The authorization matrix (the identity acceptance): every route of the booted app —
 * Medusa's core routes and ours — called by every kind of session, against an
 * expected status written by hand below. Nothing here is computed from the
 * guard's own tables (SESSION_RULES, ROLE_AREAS): the table is the specification.
 *
 * Where the route list comes from: the app's own ApiLoader, while it registers
 * each route handler on the express app the test runner boots. `ApiLoader.traceRoute`
 * is the framework's instrumentation hook (Medusa's OpenTelemetry support uses it):
 * it is called once per `app[method](matcher, handler)` with that exact method and
 * matcher, over the same source directories the app loads (core
 * `@medusajs/medusa/dist/api`, then each plugin's `.medusa/server/src/api`, then the
 * app's own `src/api` when it has one). We return the handler unchanged. The running express app itself
 * (taken when the runner calls `app.listen`) is then checked to hold every one of
 * those routes in its router stack, so the list is the served one, not a guess.
 * (The stack also holds method-scoped middlewares without a handler, such as core
 * `DELETE /admin/claims/:id`; they are not routes and answer 404 after the guards.)
 *
 * A route the app serves without a row here fails the test with a paste-ready list;
 * so does a row whose route is gone.
 */

jest.setTimeout(900_000)

// No Strapi here: support-desk's routes answer 503 once the guards let a caller through. Set before the
// runner loads medusa-config.ts (its `env` option is applied only after the config is read).
process.env.STRAPI_URL = "http://127.0.0.1:9"

// ---- the route list, from the app's own router -------------------------------------------

const registeredRoutes: string[] = []
ApiLoader.traceRoute = (handler, route) => {
  registeredRoutes.push(`${route.method.toUpperCase()} ${String(route.route)}`)
  return handler
}
const listeningApps: any[] = []
const expressApplication = (express as any).application
const originalListen = expressApplication.listen
expressApplication.listen = function (this: any, ...args: unknown[]) {
  listeningApps.push(this)
  return originalListen.apply(this, args)
}

// ---- the sessions -------------------------------------------------------------------------

const SESSIONS = ["none", "password", "support", "user", "admin", "adminB"] as const
type Session = (typeof SESSIONS)[number]
/**
 * One expected answer: a status; a set of statuses that all mean "let through" where the precise one is
 * the handler's business; or "<status> <code>" where the portal's error body must carry that `code` too —
 * used for every refusal of our guards, so a handler's own 401/403/404 cannot pass for the guard's.
 */
type Cell = number | readonly number[] | `${number} ${string}`
/** Expected answer per session, in the order of SESSIONS: none, password-only, support@A, user@A, admin@A, admin@B. */
type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell]

/** portalSessionGuard: no portal session at all. */
const NO_SESSION = "401 unauthorized"
/** portalSessionGuard: a portal session, but not in a stage the route admits. */
const WRONG_STAGE = "401 mfa_required"
/** portalSessionGuard: a core route that would bypass mandatory 2FA, closed to customers and anonymous callers. */
const CLOSED = "403 closed"
/** requireArea: a member of the company whose role lacks the area. */
const FORBIDDEN = "403 forbidden"
/** The tenancy guard: not one of the caller's companies (the same answer as a company that does not exist). */
const NOT_FOUND = "404 not_found"
/** support-desk's handler let the caller through and found Strapi unreachable (not started in this spec). */
const UNAVAILABLE = "503 support_unavailable"

/** A complete session reaching a core store route: the handler answers whatever it answers to an empty body and a made-up id. */
const CORE_STORE_HANDLED = [200, 201, 400, 404] as const

// ---- Medusa admin (/admin/*): vendor staff only. No customer session of any stage gets in. -----

const ADMIN_ROW: Row = [401, 401, 401, 401, 401, 401]

const CORE_ADMIN_ROUTES = [
  "DELETE /admin/api-keys/:id",
  "DELETE /admin/campaigns/:id",
  "DELETE /admin/claims/:id/claim-items/:action_id",
  "DELETE /admin/claims/:id/inbound/items/:action_id",
  "DELETE /admin/claims/:id/inbound/shipping-method/:action_id",
  "DELETE /admin/claims/:id/outbound/items/:action_id",
  "DELETE /admin/claims/:id/outbound/shipping-method/:action_id",
  "DELETE /admin/claims/:id/request",
  "DELETE /admin/collections/:id",
  "DELETE /admin/customer-groups/:id",
  "DELETE /admin/customers/:id",
  "DELETE /admin/customers/:id/addresses/:address_id",
  "DELETE /admin/draft-orders/:id",
  "DELETE /admin/draft-orders/:id/edit",
  "DELETE /admin/draft-orders/:id/edit/items/:action_id",
  "DELETE /admin/draft-orders/:id/edit/promotions",
  "DELETE /admin/draft-orders/:id/edit/shipping-methods/:action_id",
  "DELETE /admin/draft-orders/:id/edit/shipping-methods/method/:method_id",
  "DELETE /admin/exchanges/:id/inbound/items/:action_id",
  "DELETE /admin/exchanges/:id/inbound/shipping-method/:action_id",
  "DELETE /admin/exchanges/:id/outbound/items/:action_id",
  "DELETE /admin/exchanges/:id/outbound/shipping-method/:action_id",
  "DELETE /admin/exchanges/:id/request",
  "DELETE /admin/fulfillment-sets/:id",
  "DELETE /admin/fulfillment-sets/:id/service-zones/:zone_id",
  "DELETE /admin/inventory-items/:id",
  "DELETE /admin/inventory-items/:id/location-levels/:location_id",
  "DELETE /admin/invites/:id",
  "DELETE /admin/layouts/:zone/configuration",
  "DELETE /admin/order-edits/:id",
  "DELETE /admin/order-edits/:id/items/:action_id",
  "DELETE /admin/order-edits/:id/shipping-method/:action_id",
  "DELETE /admin/payment-collections/:id",
  "DELETE /admin/price-lists/:id",
  "DELETE /admin/price-preferences/:id",
  "DELETE /admin/product-categories/:id",
  "DELETE /admin/product-options/:id",
  "DELETE /admin/product-options/:id/values/:value_id",
  "DELETE /admin/product-tags/:id",
  "DELETE /admin/product-types/:id",
  "DELETE /admin/products/:id",
  "DELETE /admin/products/:id/variants/:variant_id",
  "DELETE /admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
  "DELETE /admin/promotions/:id",
  "DELETE /admin/property-labels/:id",
  "DELETE /admin/rbac/roles/:id",
  "DELETE /admin/refund-reasons/:id",
  "DELETE /admin/regions/:id",
  "DELETE /admin/reservations/:id",
  "DELETE /admin/return-reasons/:id",
  "DELETE /admin/returns/:id/dismiss-items/:action_id",
  "DELETE /admin/returns/:id/receive",
  "DELETE /admin/returns/:id/receive-items/:action_id",
  "DELETE /admin/returns/:id/request",
  "DELETE /admin/returns/:id/request-items/:action_id",
  "DELETE /admin/returns/:id/shipping-method/:action_id",
  "DELETE /admin/sales-channels/:id",
  "DELETE /admin/search-indexes/:id",
  "DELETE /admin/shipping-option-types/:id",
  "DELETE /admin/shipping-options/:id",
  "DELETE /admin/shipping-profiles/:id",
  "DELETE /admin/stock-locations/:id",
  "DELETE /admin/tax-rates/:id",
  "DELETE /admin/tax-rates/:id/rules/:rule_id",
  "DELETE /admin/tax-regions/:id",
  "DELETE /admin/uploads/:id",
  "DELETE /admin/users/:id",
  "DELETE /admin/users/:id/roles",
  "DELETE /admin/users/:id/roles/:role_id",
  "DELETE /admin/views/:entity/configurations/:id",
  "GET /admin/api-keys",
  "GET /admin/api-keys/:id",
  "GET /admin/campaigns",
  "GET /admin/campaigns/:id",
  "GET /admin/claims",
  "GET /admin/claims/:id",
  "GET /admin/collections",
  "GET /admin/collections/:id",
  "GET /admin/currencies",
  "GET /admin/currencies/:code",
  "GET /admin/customer-groups",
  "GET /admin/customer-groups/:id",
  "GET /admin/customers",
  "GET /admin/customers/:id",
  "GET /admin/customers/:id/addresses",
  "GET /admin/customers/:id/addresses/:address_id",
  "GET /admin/draft-orders",
  "GET /admin/draft-orders/:id",
  "GET /admin/exchanges",
  "GET /admin/exchanges/:id",
  "GET /admin/fulfillment-providers",
  "GET /admin/fulfillment-providers/:id/options",
  "GET /admin/fulfillment-sets/:id/service-zones/:zone_id",
  "GET /admin/index/details",
  "GET /admin/inventory-items",
  "GET /admin/inventory-items/:id",
  "GET /admin/inventory-items/:id/location-levels",
  "GET /admin/invites",
  "GET /admin/invites/:id",
  "GET /admin/layouts/:zone/configuration",
  "GET /admin/layouts/configurations",
  "GET /admin/notifications",
  "GET /admin/notifications/:id",
  "GET /admin/orders",
  "GET /admin/orders/:id",
  "GET /admin/orders/:id/changes",
  "GET /admin/orders/:id/line-items",
  "GET /admin/orders/:id/preview",
  "GET /admin/orders/:id/shipping-options",
  "GET /admin/payments",
  "GET /admin/payments/:id",
  "GET /admin/payments/payment-providers",
  "GET /admin/plugins",
  "GET /admin/price-lists",
  "GET /admin/price-lists/:id",
  "GET /admin/price-lists/:id/prices",
  "GET /admin/price-preferences",
  "GET /admin/price-preferences/:id",
  "GET /admin/product-categories",
  "GET /admin/product-categories/:id",
  "GET /admin/product-options",
  "GET /admin/product-options/:id",
  "GET /admin/product-options/:id/values",
  "GET /admin/product-options/:id/values/:value_id",
  "GET /admin/product-tags",
  "GET /admin/product-tags/:id",
  "GET /admin/product-types",
  "GET /admin/product-types/:id",
  "GET /admin/product-variants",
  "GET /admin/products",
  "GET /admin/products/:id",
  "GET /admin/products/:id/options",
  "GET /admin/products/:id/variants",
  "GET /admin/products/:id/variants/:variant_id",
  "GET /admin/promotions",
  "GET /admin/promotions/:id",
  "GET /admin/promotions/:id/:rule_type",
  "GET /admin/promotions/rule-attribute-options/:rule_type",
  "GET /admin/promotions/rule-value-options/:rule_type/:rule_attribute_id",
  "GET /admin/property-labels",
  "GET /admin/property-labels/:id",
  "GET /admin/rbac/roles/:id",
  "GET /admin/refund-reasons",
  "GET /admin/refund-reasons/:id",
  "GET /admin/regions",
  "GET /admin/regions/:id",
  "GET /admin/reservations",
  "GET /admin/reservations/:id",
  "GET /admin/return-reasons",
  "GET /admin/return-reasons/:id",
  "GET /admin/returns",
  "GET /admin/returns/:id",
  "GET /admin/sales-channels",
  "GET /admin/sales-channels/:id",
  "GET /admin/search",
  "GET /admin/search-indexes",
  "GET /admin/shipping-option-types",
  "GET /admin/shipping-option-types/:id",
  "GET /admin/shipping-options",
  "GET /admin/shipping-options/:id",
  "GET /admin/shipping-profiles",
  "GET /admin/shipping-profiles/:id",
  "GET /admin/stock-locations",
  "GET /admin/stock-locations/:id",
  "GET /admin/stores",
  "GET /admin/stores/:id",
  "GET /admin/tax-providers",
  "GET /admin/tax-rates",
  "GET /admin/tax-rates/:id",
  "GET /admin/tax-regions",
  "GET /admin/tax-regions/:id",
  "GET /admin/translations/entities",
  "GET /admin/uploads/:id",
  "GET /admin/users",
  "GET /admin/users/:id",
  "GET /admin/users/:id/auth-providers",
  "GET /admin/users/:id/roles",
  "GET /admin/users/me",
  "GET /admin/views/:entity/columns",
  "GET /admin/views/:entity/configurations",
  "GET /admin/views/:entity/configurations/:id",
  "GET /admin/views/:entity/configurations/active",
  "GET /admin/views/entities",
  "GET /admin/workflows-executions",
  "GET /admin/workflows-executions/:id",
  "GET /admin/workflows-executions/:workflow_id/:transaction_id",
  "GET /admin/workflows-executions/:workflow_id/:transaction_id/subscribe",
  "GET /admin/workflows-executions/:workflow_id/subscribe",
  "POST /admin/api-keys",
  "POST /admin/api-keys/:id",
  "POST /admin/api-keys/:id/revoke",
  "POST /admin/api-keys/:id/sales-channels",
  "POST /admin/campaigns",
  "POST /admin/campaigns/:id",
  "POST /admin/campaigns/:id/promotions",
  "POST /admin/claims",
  "POST /admin/claims/:id/cancel",
  "POST /admin/claims/:id/claim-items",
  "POST /admin/claims/:id/claim-items/:action_id",
  "POST /admin/claims/:id/inbound/items",
  "POST /admin/claims/:id/inbound/items/:action_id",
  "POST /admin/claims/:id/inbound/shipping-method",
  "POST /admin/claims/:id/inbound/shipping-method/:action_id",
  "POST /admin/claims/:id/outbound/items",
  "POST /admin/claims/:id/outbound/items/:action_id",
  "POST /admin/claims/:id/outbound/shipping-method",
  "POST /admin/claims/:id/outbound/shipping-method/:action_id",
  "POST /admin/claims/:id/request",
  "POST /admin/collections",
  "POST /admin/collections/:id",
  "POST /admin/collections/:id/products",
  "POST /admin/customer-groups",
  "POST /admin/customer-groups/:id",
  "POST /admin/customer-groups/:id/customers",
  "POST /admin/customers",
  "POST /admin/customers/:id",
  "POST /admin/customers/:id/addresses",
  "POST /admin/customers/:id/addresses/:address_id",
  "POST /admin/customers/:id/customer-groups",
  "POST /admin/draft-orders",
  "POST /admin/draft-orders/:id",
  "POST /admin/draft-orders/:id/convert-to-order",
  "POST /admin/draft-orders/:id/edit",
  "POST /admin/draft-orders/:id/edit/confirm",
  "POST /admin/draft-orders/:id/edit/items",
  "POST /admin/draft-orders/:id/edit/items/:action_id",
  "POST /admin/draft-orders/:id/edit/items/item/:item_id",
  "POST /admin/draft-orders/:id/edit/promotions",
  "POST /admin/draft-orders/:id/edit/request",
  "POST /admin/draft-orders/:id/edit/shipping-methods",
  "POST /admin/draft-orders/:id/edit/shipping-methods/:action_id",
  "POST /admin/draft-orders/:id/edit/shipping-methods/method/:method_id",
  "POST /admin/exchanges",
  "POST /admin/exchanges/:id/cancel",
  "POST /admin/exchanges/:id/inbound/items",
  "POST /admin/exchanges/:id/inbound/items/:action_id",
  "POST /admin/exchanges/:id/inbound/shipping-method",
  "POST /admin/exchanges/:id/inbound/shipping-method/:action_id",
  "POST /admin/exchanges/:id/outbound/items",
  "POST /admin/exchanges/:id/outbound/items/:action_id",
  "POST /admin/exchanges/:id/outbound/shipping-method",
  "POST /admin/exchanges/:id/outbound/shipping-method/:action_id",
  "POST /admin/exchanges/:id/request",
  "POST /admin/fulfillment-sets/:id/service-zones",
  "POST /admin/fulfillment-sets/:id/service-zones/:zone_id",
  "POST /admin/fulfillments",
  "POST /admin/fulfillments/:id/cancel",
  "POST /admin/fulfillments/:id/shipment",
  "POST /admin/index/sync",
  "POST /admin/inventory-items",
  "POST /admin/inventory-items/:id",
  "POST /admin/inventory-items/:id/location-levels",
  "POST /admin/inventory-items/:id/location-levels/:location_id",
  "POST /admin/inventory-items/:id/location-levels/batch",
  "POST /admin/inventory-items/export",
  "POST /admin/inventory-items/location-levels/batch",
  "POST /admin/invites",
  "POST /admin/invites/:id/resend",
  "POST /admin/invites/accept",
  "POST /admin/layouts/:zone/configuration",
  "POST /admin/order-changes/:id",
  "POST /admin/order-edits",
  "POST /admin/order-edits/:id/confirm",
  "POST /admin/order-edits/:id/items",
  "POST /admin/order-edits/:id/items/:action_id",
  "POST /admin/order-edits/:id/items/item/:item_id",
  "POST /admin/order-edits/:id/request",
  "POST /admin/order-edits/:id/shipping-method",
  "POST /admin/order-edits/:id/shipping-method/:action_id",
  "POST /admin/orders/:id",
  "POST /admin/orders/:id/archive",
  "POST /admin/orders/:id/cancel",
  "POST /admin/orders/:id/complete",
  "POST /admin/orders/:id/credit-lines",
  "POST /admin/orders/:id/fulfillments",
  "POST /admin/orders/:id/fulfillments/:fulfillment_id/cancel",
  "POST /admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
  "POST /admin/orders/:id/fulfillments/:fulfillment_id/shipments",
  "POST /admin/orders/:id/payment-sessions/authorize",
  "POST /admin/orders/:id/transfer",
  "POST /admin/orders/:id/transfer/cancel",
  "POST /admin/orders/:id/transfer/guest",
  "POST /admin/orders/export",
  "POST /admin/payment-collections",
  "POST /admin/payment-collections/:id/mark-as-paid",
  "POST /admin/payment-collections/:id/payment-sessions",
  "POST /admin/payments/:id/capture",
  "POST /admin/payments/:id/refund",
  "POST /admin/price-lists",
  "POST /admin/price-lists/:id",
  "POST /admin/price-lists/:id/prices/batch",
  "POST /admin/price-lists/:id/products",
  "POST /admin/price-preferences",
  "POST /admin/price-preferences/:id",
  "POST /admin/product-categories",
  "POST /admin/product-categories/:id",
  "POST /admin/product-categories/:id/products",
  "POST /admin/product-options",
  "POST /admin/product-options/:id",
  "POST /admin/product-options/:id/values/:value_id",
  "POST /admin/product-tags",
  "POST /admin/product-tags/:id",
  "POST /admin/product-types",
  "POST /admin/product-types/:id",
  "POST /admin/products",
  "POST /admin/products/:id",
  "POST /admin/products/:id/images/:image_id/variants/batch",
  "POST /admin/products/:id/options/batch",
  "POST /admin/products/:id/variants",
  "POST /admin/products/:id/variants/:variant_id",
  "POST /admin/products/:id/variants/:variant_id/images/batch",
  "POST /admin/products/:id/variants/:variant_id/inventory-items",
  "POST /admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
  "POST /admin/products/:id/variants/batch",
  "POST /admin/products/:id/variants/inventory-items/batch",
  "POST /admin/products/batch",
  "POST /admin/products/export",
  "POST /admin/products/import",
  "POST /admin/products/import/:transaction_id/confirm",
  "POST /admin/products/imports",
  "POST /admin/products/imports/:transaction_id/confirm",
  "POST /admin/promotions",
  "POST /admin/promotions/:id",
  "POST /admin/promotions/:id/buy-rules/batch",
  "POST /admin/promotions/:id/rules/batch",
  "POST /admin/promotions/:id/target-rules/batch",
  "POST /admin/property-labels",
  "POST /admin/property-labels/:id",
  "POST /admin/property-labels/batch",
  "POST /admin/rbac/roles/:id",
  "POST /admin/refund-reasons",
  "POST /admin/refund-reasons/:id",
  "POST /admin/regions",
  "POST /admin/regions/:id",
  "POST /admin/reservations",
  "POST /admin/reservations/:id",
  "POST /admin/return-reasons",
  "POST /admin/return-reasons/:id",
  "POST /admin/returns",
  "POST /admin/returns/:id",
  "POST /admin/returns/:id/cancel",
  "POST /admin/returns/:id/dismiss-items",
  "POST /admin/returns/:id/dismiss-items/:action_id",
  "POST /admin/returns/:id/receive",
  "POST /admin/returns/:id/receive-items",
  "POST /admin/returns/:id/receive-items/:action_id",
  "POST /admin/returns/:id/receive/confirm",
  "POST /admin/returns/:id/request",
  "POST /admin/returns/:id/request-items",
  "POST /admin/returns/:id/request-items/:action_id",
  "POST /admin/returns/:id/shipping-method",
  "POST /admin/returns/:id/shipping-method/:action_id",
  "POST /admin/sales-channels",
  "POST /admin/sales-channels/:id",
  "POST /admin/sales-channels/:id/products",
  "POST /admin/search-indexes/:id/reindex",
  "POST /admin/shipping-option-types",
  "POST /admin/shipping-option-types/:id",
  "POST /admin/shipping-options",
  "POST /admin/shipping-options/:id",
  "POST /admin/shipping-options/:id/rules/batch",
  "POST /admin/shipping-profiles",
  "POST /admin/shipping-profiles/:id",
  "POST /admin/stock-locations",
  "POST /admin/stock-locations/:id",
  "POST /admin/stock-locations/:id/fulfillment-providers",
  "POST /admin/stock-locations/:id/fulfillment-sets",
  "POST /admin/stock-locations/:id/sales-channels",
  "POST /admin/stores/:id",
  "POST /admin/tax-rates",
  "POST /admin/tax-rates/:id",
  "POST /admin/tax-rates/:id/rules",
  "POST /admin/tax-regions",
  "POST /admin/tax-regions/:id",
  "POST /admin/uploads",
  "POST /admin/uploads/presigned-urls",
  "POST /admin/users/:id",
  "POST /admin/users/:id/reset-password",
  "POST /admin/users/:id/roles",
  "POST /admin/views/:entity/configurations",
  "POST /admin/views/:entity/configurations/:id",
  "POST /admin/views/:entity/configurations/active",
  "POST /admin/workflows-executions/:workflow_id/run",
  "POST /admin/workflows-executions/:workflow_id/steps/failure",
  "POST /admin/workflows-executions/:workflow_id/steps/success",
] as const

const MYMONITOR_ADMIN_ROUTES = [
  "DELETE /admin/invitations/:id",
  "GET /admin/audit-events",
  "GET /admin/companies",
  "GET /admin/companies/:id",
  "GET /admin/companies/:id/erp-installations",
  "GET /admin/companies/:id/invitations",
  "POST /admin/companies",
  "POST /admin/companies/:id/erp-installations",
  "POST /admin/companies/:id/erp-installations/:installationId/disable",
  "POST /admin/companies/:id/erp-installations/:installationId/rotate",
  "POST /admin/customers/:id/mfa-reset",
  // quotes: the quote queue and a quote's thread, lines, sending and cancelling
  "GET /admin/quotes",
  "GET /admin/quotes/:id",
  "POST /admin/quotes/:id/messages",
  "POST /admin/quotes/:id/items/:itemId",
  "POST /admin/quotes/:id/send",
  "POST /admin/quotes/:id/cancel",
  // monitor-store: "Företagspriser"
  "GET /admin/companies/:id/prices",
  "POST /admin/companies/:id/prices",
  // invoicing: invoices and credit notes, a company's billing profile and fee invoices
  "GET /admin/invoices",
  "GET /admin/invoices/:id",
  "GET /admin/invoices/:id/pdf",
  "POST /admin/invoices/:id/mark-paid",
  "POST /admin/invoices/:id/credit",
  "POST /admin/companies/:id/invoices",
  "GET /admin/companies/:id/billing-profile",
  "POST /admin/companies/:id/billing-profile",
  // licensing: a company's licenses, revocation, a variant's license terms
  "GET /admin/companies/:id/licenses",
  "POST /admin/licenses/:id/revoke",
  "GET /admin/product-variants/:id/license-terms",
  "POST /admin/product-variants/:id/license-terms",
] as const

// ---- Medusa's core store routes (/store/*): a complete portal session only (portalSessionGuard), and
// then the role table: a store route that names no company needs the area in at least one of the
// caller's companies. support@A has only a support membership: no Monitor Store, no Mina sidor.

/** The catalogue at list prices, regions: the Monitor Store area. */
const CORE_STORE_AREA_ROUTES = [
  "GET /store/collections",
  "GET /store/collections/:id",
  "GET /store/currencies",
  "GET /store/currencies/:code",
  "GET /store/payment-providers",
  "GET /store/product-categories",
  "GET /store/product-categories/:id",
  "GET /store/product-options",
  "GET /store/product-options/:id",
  "GET /store/product-tags",
  "GET /store/product-tags/:id",
  "GET /store/product-types",
  "GET /store/product-types/:id",
  "GET /store/product-variants",
  "GET /store/product-variants/:id",
  "GET /store/products",
  "GET /store/products/:id",
  "GET /store/regions",
  "GET /store/regions/:id",
  "GET /store/shipping-options",
  "POST /store/search",
  "POST /store/shipping-options/:id/calculate",
] as const

/** Return reasons: the Mina sidor (my pages) area. */
const CORE_MY_PAGES_ROUTES = ["GET /store/return-reasons", "GET /store/return-reasons/:id"] as const

const CORE_AREA_ROW: Row = [NO_SESSION, WRONG_STAGE, FORBIDDEN, CORE_STORE_HANDLED, CORE_STORE_HANDLED, CORE_STORE_HANDLED]

/**
 * Core carts, payment collections, orders, returns and order transfers: closed to portal users (core
 * checks no owner on a cart or an order); Monitor Store serves them through company routes.
 */
const CORE_CLOSED_STORE_ROUTES = [
  "DELETE /store/carts/:id/line-items/:line_id",
  "DELETE /store/carts/:id/promotions",
  "GET /store/carts/:id",
  "GET /store/orders",
  "GET /store/orders/:id",
  "POST /store/carts",
  "POST /store/carts/:id",
  "POST /store/carts/:id/complete",
  "POST /store/carts/:id/customer",
  "POST /store/carts/:id/line-items",
  "POST /store/carts/:id/line-items/:line_id",
  "POST /store/carts/:id/promotions",
  "POST /store/carts/:id/shipping-methods",
  "POST /store/carts/:id/taxes",
  "POST /store/orders/:id/transfer/accept",
  "POST /store/orders/:id/transfer/cancel",
  "POST /store/orders/:id/transfer/decline",
  "POST /store/orders/:id/transfer/request",
  "POST /store/payment-collections",
  "POST /store/payment-collections/:id/payment-sessions",
  "POST /store/returns",
] as const

const CORE_CLOSED_STORE_ROW: Row = [NO_SESSION, WRONG_STAGE, CLOSED, CLOSED, CLOSED, CLOSED]

/** The caller's own customer record: any complete session. */
const CORE_OWN_ACCOUNT_ROUTES = [
  "DELETE /store/customers/me/addresses/:address_id",
  "GET /store/customers/me",
  "GET /store/customers/me/addresses",
  "GET /store/customers/me/addresses/:address_id",
  "POST /store/customers/me",
  "POST /store/customers/me/addresses",
  "POST /store/customers/me/addresses/:address_id",
] as const

const CORE_OWN_ACCOUNT_ROW: Row = [NO_SESSION, WRONG_STAGE, CORE_STORE_HANDLED, CORE_STORE_HANDLED, CORE_STORE_HANDLED, CORE_STORE_HANDLED]

// ---- Medusa's core auth routes (/auth/*): closed to customers and anonymous callers (403 closed),
// whatever the stage — they would bypass mandatory 2FA. `:actor_type` is "customer" here.

const CLOSED_AUTH_ROW: Row = [CLOSED, CLOSED, CLOSED, CLOSED, CLOSED, CLOSED]

const CORE_AUTH_ROUTES = [
  "DELETE /auth/mfa/factors/:id",
  "DELETE /auth/session",
  "GET /auth/:actor_type/:auth_provider",
  "GET /auth/:actor_type/:auth_provider/callback",
  "GET /auth/:actor_type/providers",
  "GET /auth/mfa/factors",
  "POST /auth/:actor_type/:auth_provider",
  "POST /auth/:actor_type/:auth_provider/callback",
  "POST /auth/:actor_type/:auth_provider/register",
  "POST /auth/:actor_type/:auth_provider/reset-password",
  "POST /auth/:actor_type/:auth_provider/update",
  "POST /auth/mfa/challenges/:id/verify",
  "POST /auth/mfa/factors",
  "POST /auth/mfa/factors/:id/verify",
  "POST /auth/mfa/recovery-codes",
  "POST /auth/session",
  "POST /auth/token/refresh",
  "POST /auth/verification/confirm",
  "POST /auth/verification/request",
] as const

// ---- every other route: its own row -------------------------------------------------------
// `:id` of /store/companies/:id/... is company A (admin@B is no member: 404; support@A and user@A
// lack user management: 403); every other id or token is made up.

/** Routes that end the calling session; the matrix calls them after every other cell. */
const ENDS_SESSION = ["POST /auth/portal/logout"]

const EXPLICIT_ROWS: Readonly<Record<string, Row>> = {
  // myMonitor store routes (company-tenancy, portal-permissions, monitor-registration)
  "GET /store/companies": [NO_SESSION, WRONG_STAGE, 200, 200, 200, 200],
  "GET /store/companies/:id": [NO_SESSION, WRONG_STAGE, 200, 200, 200, NOT_FOUND],
  "GET /store/companies/:id/audit-events": [NO_SESSION, WRONG_STAGE, FORBIDDEN, FORBIDDEN, 200, NOT_FOUND],
  "PATCH /store/companies/:id/users/:customerId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, FORBIDDEN, "400 invalid_data", NOT_FOUND],
  "DELETE /store/companies/:id/users/:customerId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND],
  "GET /store/permissions": [NO_SESSION, WRONG_STAGE, 200, 200, 200, 200],
  // the union over the companies the caller administers: none for support@A and user@A
  "GET /store/user-management": [NO_SESSION, WRONG_STAGE, FORBIDDEN, FORBIDDEN, 200, 200],
  "POST /store/invitations": [NO_SESSION, WRONG_STAGE, "400 invalid_data", "400 invalid_data", "400 invalid_data", "400 invalid_data"],
  "DELETE /store/invitations/:id": [NO_SESSION, WRONG_STAGE, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "POST /store/invitations/:id/resend": [NO_SESSION, WRONG_STAGE, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "POST /store/invitations/:id/accept": [NO_SESSION, WRONG_STAGE, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "POST /store/admin-registrations/:token/accept": [NO_SESSION, WRONG_STAGE, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  // Monitor Store (monitor-store): company A's catalog, cart and checkout need "store"; ids other than
  // company A's are made up, so the caller's own cart is not found; an empty body is invalid.
  "GET /store/companies/:id/products": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, NOT_FOUND],
  "POST /store/companies/:id/carts": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, NOT_FOUND],
  "GET /store/companies/:id/carts/:cartId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "POST /store/companies/:id/carts/:cartId/line-items": [
    NO_SESSION,
    WRONG_STAGE,
    FORBIDDEN,
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  "POST /store/companies/:id/carts/:cartId/line-items/:lineId": [
    NO_SESSION,
    WRONG_STAGE,
    FORBIDDEN,
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  "DELETE /store/companies/:id/carts/:cartId/line-items/:lineId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "POST /store/companies/:id/carts/:cartId/complete": [
    NO_SESSION,
    WRONG_STAGE,
    FORBIDDEN,
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  // Mina sidor › Beställningar (monitor-store): "my pages" in at least one company; one order of company A
  "GET /store/company-orders": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, 200],
  "GET /store/companies/:id/orders/:orderId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  // quotes — "Begär offert", accepting and declining need "store"; Mina sidor › Offerter "my pages".
  // An empty body is invalid; a made-up quote id is not found for those who may look.
  "POST /store/companies/:id/quotes": [NO_SESSION, WRONG_STAGE, FORBIDDEN, "400 invalid_data", "400 invalid_data", NOT_FOUND],
  "GET /store/company-quotes": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, 200],
  "GET /store/companies/:id/quotes/:quoteId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "POST /store/companies/:id/quotes/:quoteId/messages": [
    NO_SESSION,
    WRONG_STAGE,
    FORBIDDEN,
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  "POST /store/companies/:id/quotes/:quoteId/accept": [
    NO_SESSION,
    WRONG_STAGE,
    FORBIDDEN,
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  "POST /store/companies/:id/quotes/:quoteId/decline": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "GET /store/companies/:id/quotes/:quoteId/pdf": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  // licensing — Mina sidor › Licenser: across the caller's companies with my_pages (support@A has none: 403),
  // and one license of company A (a made-up license id: 404 for those who may look; admin@B is no member: 404)
  "GET /store/licenses": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, 200],
  "GET /store/licenses/export.csv": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, 200],
  "GET /store/companies/:id/licenses/:licenseId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "GET /store/companies/:id/licenses/:licenseId/file": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  // licensing — public, outside /store: the ERP's verification keys and the revocation list
  "GET /license-keys/jwks.json": [200, 200, 200, 200, 200, 200],
  "GET /license-keys/revoked.json": [200, 200, 200, 200, 200, 200],
  // invoicing — Mina sidor › Fakturor: across the caller's companies with my_pages (support@A has none: 403),
  // one invoice of company A and its PDF (a made-up invoice id: 404 for those who may look; admin@B is no
  // member: 404); the billing profile shown at checkout needs "store" (none set for company A: 200 with null)
  "GET /store/invoices": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, 200],
  "GET /store/companies/:id/invoices/:invoiceId": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "GET /store/companies/:id/invoices/:invoiceId/pdf": [NO_SESSION, WRONG_STAGE, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  "GET /store/companies/:id/billing-profile": [NO_SESSION, WRONG_STAGE, FORBIDDEN, 200, 200, NOT_FOUND],
  // support-desk — Support (every role) and Mina sidor › Avtal (my_pages). Strapi is not running in this
  // spec (STRAPI_URL points at a closed port): a caller let through gets the handler's 503 support_unavailable,
  // or 400 invalid_data where the empty body is checked first; admin@B is no member of company A: 404.
  "GET /store/support/tickets": [NO_SESSION, WRONG_STAGE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
  "GET /store/support/overview": [NO_SESSION, WRONG_STAGE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
  "POST /store/companies/:id/support/tickets": [
    NO_SESSION,
    WRONG_STAGE,
    "400 invalid_data",
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  "GET /store/companies/:id/support/tickets/:ticketId": [NO_SESSION, WRONG_STAGE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, NOT_FOUND],
  "POST /store/companies/:id/support/tickets/:ticketId/messages": [
    NO_SESSION,
    WRONG_STAGE,
    "400 invalid_data",
    "400 invalid_data",
    "400 invalid_data",
    NOT_FOUND,
  ],
  "POST /store/companies/:id/support/tickets/:ticketId/close": [NO_SESSION, WRONG_STAGE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, NOT_FOUND],
  "POST /store/companies/:id/support/tickets/:ticketId/reopen": [NO_SESSION, WRONG_STAGE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, NOT_FOUND],
  "POST /store/companies/:id/support/tickets/:ticketId/follow": [NO_SESSION, WRONG_STAGE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, NOT_FOUND],
  "DELETE /store/companies/:id/support/tickets/:ticketId/follow": [
    NO_SESSION,
    WRONG_STAGE,
    UNAVAILABLE,
    UNAVAILABLE,
    UNAVAILABLE,
    NOT_FOUND,
  ],
  "GET /store/companies/:id/support/tickets/:ticketId/attachments/:fileId": [
    NO_SESSION,
    WRONG_STAGE,
    UNAVAILABLE,
    UNAVAILABLE,
    UNAVAILABLE,
    NOT_FOUND,
  ],
  "GET /store/agreements": [NO_SESSION, WRONG_STAGE, FORBIDDEN, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
  "GET /store/companies/:id/agreements/:agreementId/document": [NO_SESSION, WRONG_STAGE, FORBIDDEN, UNAVAILABLE, UNAVAILABLE, NOT_FOUND],
  // support-desk — Strapi's signed pushes: public, and an unsigned call is 401 for everyone
  "POST /hooks/strapi": [
    "401 invalid_signature",
    "401 invalid_signature",
    "401 invalid_signature",
    "401 invalid_signature",
    "401 invalid_signature",
    "401 invalid_signature",
  ],
  // core self-registration: closed to portal users (accounts come from registration and invitation links)
  "POST /store/customers": [NO_SESSION, WRONG_STAGE, CLOSED, CLOSED, CLOSED, CLOSED],

  // the portal's own auth API (portal-permissions): public, or by stage
  "POST /auth/portal/login": [400, 400, 400, 400, 400, 400],
  "POST /auth/portal/accounts": [400, 400, 400, 400, 400, 400],
  "POST /auth/portal/password-reset": [400, 400, 400, 400, 400, 400],
  "POST /auth/portal/password-reset/confirm": [400, 400, 400, 400, 400, 400],
  "GET /auth/portal/links/:kind/:token": [404, 404, 404, 404, 404, 404],
  "GET /auth/portal/session": [NO_SESSION, 200, 200, 200, 200, 200],
  // Ends the caller's own session: called last (see ENDS_SESSION), after every other cell.
  "POST /auth/portal/logout": [NO_SESSION, 200, 200, 200, 200, 200],
  // password stage only; the account has an app factor, so no e-mailed enrolment code (409)
  "POST /auth/portal/enrolment-code": [NO_SESSION, 409, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],
  "POST /auth/portal/enrolment-code/verify": [NO_SESSION, 400, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],
  // password stage only; the handler's own 401: the account has no SMS factor to send to
  "POST /auth/portal/mfa/challenge/sms": [NO_SESSION, "401 invalid_code", WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],
  "POST /auth/portal/mfa/challenge/verify": [NO_SESSION, 400, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],
  // enrolment stage only: none of the six sessions is one
  "POST /auth/portal/mfa/totp": [NO_SESSION, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],
  "POST /auth/portal/mfa/sms": [NO_SESSION, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],
  "POST /auth/portal/mfa/factors/:id/verify": [NO_SESSION, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE, WRONG_STAGE],

  // core auth that is not the customer's: the admin's sign-up of a third-party identity needs a user token
  "POST /auth/:auth_provider/user": [401, 401, 401, 401, 401, 401],
  // the ERP API (monitor-registration): an unsigned request is 401 for everyone
  "POST /erp/v1/admin-registrations": [401, 401, 401, 401, 401, 401],
  // Medusa core outside the three namespaces
  "GET /admin/feature-flags": [200, 200, 200, 200, 200, 200],
  "GET /cloud/auth": [200, 200, 200, 200, 200, 200],
  "POST /cloud/auth/users": [401, 401, 401, 401, 401, 401],
  "POST /hooks/payment/:provider": [200, 200, 200, 200, 200, 200],
}

// ---- the table ----------------------------------------------------------------------------

function buildTable(): { table: Map<string, Row>; duplicates: string[] } {
  const table = new Map<string, Row>()
  const duplicates: string[] = []
  const add = (route: string, row: Row) => {
    if (table.has(route)) duplicates.push(route)
    table.set(route, row)
  }
  for (const route of CORE_ADMIN_ROUTES) add(route, ADMIN_ROW)
  for (const route of MYMONITOR_ADMIN_ROUTES) add(route, ADMIN_ROW)
  for (const route of CORE_STORE_AREA_ROUTES) add(route, CORE_AREA_ROW)
  for (const route of CORE_MY_PAGES_ROUTES) add(route, CORE_AREA_ROW)
  for (const route of CORE_CLOSED_STORE_ROUTES) add(route, CORE_CLOSED_STORE_ROW)
  for (const route of CORE_OWN_ACCOUNT_ROUTES) add(route, CORE_OWN_ACCOUNT_ROW)
  for (const route of CORE_AUTH_ROUTES) add(route, CLOSED_AUTH_ROW)
  for (const [route, row] of Object.entries(EXPLICIT_ROWS)) add(route, row)
  return { table, duplicates }
}

const PASSWORD = "Test-password-2026"
const MADE_UP_ID = "authz_01JAUTHZMATRIXMADEUP00000"

type Fixtures = { publishableKey: string; companyA: string; companyB: string }

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const a = await ensureCompany(container, { name: "Matris A AB", organisation_number: "556901-0001", customer_number: "90001" })
  const b = await ensureCompany(container, { name: "Matris B AB", organisation_number: "556902-0002", customer_number: "90002" })
  const people = [
    ["support-a@example.se", "Sara", a.id, "support"],
    ["user-a@example.se", "Ulf", a.id, "user"],
    ["admin-a@example.se", "Anna", a.id, "admin"],
    ["admin-b@example.se", "Bertil", b.id, "admin"],
  ] as const
  for (const [email, firstName, companyId, role] of people) {
    const customer = await ensurePortalUser(container, { email, first_name: firstName, last_name: "Matris" }, PASSWORD)
    await ensureTotpFactor(container, email)
    await ensureMembership(container, companyId, customer.id, role)
  }
  await ensureVendorAdmin(container, "staff@example.se", PASSWORD)
  return { publishableKey, companyA: a.id, companyB: b.id }
}

/** A concrete URL for a route pattern: company A for /store/companies/:id, "customer" for the core actor type. */
function concretePath(pattern: string, fixtures: Fixtures): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    if (name === "id" && pattern.startsWith("/store/companies/:id")) return fixtures.companyA
    if (name === "actor_type") return "customer"
    if (name === "auth_provider") return "emailpass"
    if (name === "kind") return "invitation"
    if (name === "provider") return "system_default"
    return MADE_UP_ID
  })
}

function accepts(cell: Cell, status: number, body: any): boolean {
  if (typeof cell === "number") return cell === status
  if (typeof cell === "string") {
    const [expectedStatus, expectedCode] = cell.split(" ")
    return Number(expectedStatus) === status && body?.code === expectedCode
  }
  return cell.includes(status)
}

async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

medusaIntegrationTestRunner({
  inApp: true,
  // The matrix logs in five times and calls the portal's auth routes many times from one address.
  env: {
    RATE_LIMIT_LOGIN: "100000/60",
    RATE_LIMIT_LOGIN_IP: "100000/60",
    RATE_LIMIT_MFA: "100000/60",
    RATE_LIMIT_MFA_IP: "100000/60",
    RATE_LIMIT_SMS_SEND: "100000/60",
    RATE_LIMIT_EMAIL_CODE: "100000/60",
    RATE_LIMIT_PASSWORD_RESET: "100000/60",
    RATE_LIMIT_PASSWORD_RESET_IP: "100000/60",
    RATE_LIMIT_REGISTRATION: "100000/60",
    RATE_LIMIT_REGISTRATION_IP: "100000/60",
    RATE_LIMIT_INVITATION: "100000/60",
    RATE_LIMIT_ERP_INSTALLATION: "100000/60",
    RATE_LIMIT_ERP_EMAIL: "100000/60",
  },
  testSuite: ({ api, getContainer }) => {
    const servedRoutes = () => [...new Set(registeredRoutes)].sort()

    describe("the route list", () => {
      it("is read from the running app's router", () => {
        expect(listeningApps).toHaveLength(1)
        const stack: any[] = listeningApps[0]._router.stack
        const layers = new Set(
          stack
            .filter((layer) => layer.route)
            .flatMap((layer) => Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route.path}`))
        )
        const routes = servedRoutes()
        expect(routes.length).toBeGreaterThan(400)
        expect(routes.filter((route) => !layers.has(route))).toEqual([])
        // core and ours are both there
        expect(routes).toEqual(
          expect.arrayContaining(["GET /admin/products", "GET /store/products", "POST /auth/portal/login", "GET /store/companies/:id"])
        )
      })

      it("has a row in the table for every route, and every row has a route", () => {
        const { table, duplicates } = buildTable()
        const routes = servedRoutes()
        const missing = routes.filter((route) => !table.has(route))
        const gone = [...table.keys()].filter((route) => !routes.includes(route)).sort()
        if (missing.length || gone.length || duplicates.length) {
          throw new Error(
            [
              missing.length
                ? `Routes without a row in the authorization matrix (add them to a list or to EXPLICIT_ROWS):\n${missing.map((r) => `  "${r}",`).join("\n")}`
                : "",
              gone.length ? `Rows whose route the app no longer serves (remove them):\n${gone.map((r) => `  "${r}",`).join("\n")}` : "",
              duplicates.length ? `Routes with two rows:\n${duplicates.map((r) => `  "${r}",`).join("\n")}` : "",
            ]
              .filter(Boolean)
              .join("\n\n")
          )
        }
      })
    })

    describe("every route × every session", () => {
      it("answers exactly as the table says", async () => {
        const container = getContainer()
        const fixtures = await createFixtures(container)
        const withKey = (token?: string) => ({
          "x-publishable-api-key": fixtures.publishableKey,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        })

        // password-only: admin@A's own password, the code not yet given (the strongest account, one step short)
        const adminA = await completePortalSession(api, container, "admin-a@example.se", PASSWORD)
        const passwordLogin = await api.post(
          "/auth/portal/login",
          { email: "admin-a@example.se", password: PASSWORD },
          { headers: withKey(), validateStatus: () => true }
        )
        expect(passwordLogin.status).toBe(200)
        expect(passwordLogin.data).toEqual(expect.objectContaining({ stage: "password", next: "mfa_challenge" }))

        const tokens: Record<Session, string | undefined> = {
          none: undefined,
          password: passwordLogin.data.token,
          support: await completePortalSession(api, container, "support-a@example.se", PASSWORD),
          user: await completePortalSession(api, container, "user-a@example.se", PASSWORD),
          admin: adminA,
          adminB: await completePortalSession(api, container, "admin-b@example.se", PASSWORD),
        }

        const { table } = buildTable()
        const routes = servedRoutes().filter((route) => table.has(route))
        const allCells = routes.flatMap((route) =>
          SESSIONS.map((session, index) => ({ route, session, expected: table.get(route)![index] }))
        )
        const cells = allCells.filter((cell) => !ENDS_SESSION.includes(cell.route))
        const wrong: string[] = []
        const check = async ({ route, session, expected }: (typeof allCells)[number]) => {
          const [method, pattern] = route.split(" ")
          const url = concretePath(pattern, fixtures)
          const response = await api.request({
            method,
            url,
            headers: withKey(tokens[session]),
            ...(method === "GET" ? {} : { data: {} }),
            validateStatus: () => true,
            maxRedirects: 0,
          })
          if (!accepts(expected, response.status, response.data)) {
            const body = JSON.stringify(response.data)
            wrong.push(
              `${route} (${method} ${url}) as ${session}: ${response.status}, expected ${JSON.stringify(expected)} — ${body.length > 300 ? `${body.slice(0, 300)}…` : body}`
            )
          }
        }
        await inPool(cells, 8, check)
        // Logging out ends the session the other cells use: those cells come after all the rest.
        await inPool(
          allCells.filter((cell) => ENDS_SESSION.includes(cell.route)),
          8,
          check
        )
        if (wrong.length) throw new Error(`${wrong.length} of ${cells.length} cells differ from the table:\n${wrong.sort().join("\n")}`)
      })
    })

    describe("vendor staff: every /admin route × every kind of staff session", () => {
      // The staff rows: the second factor is mandatory for vendor staff (staff-guard.ts), so every admin
      // route refuses a password-only staff session (401), lets an account without a factor reach only
      // its profile (403 not_allowed elsewhere), and serves a complete one. Mutating routes are called
      // with the refusing sessions only: a complete staff session reaching them is the handler's business.
      const ENROLMENT_ALLOWED = [
        "POST /admin/invites/accept",
        "GET /admin/users/me",
        "GET /admin/stores",
        "GET /admin/stores/:id",
        "GET /admin/feature-flags",
        "GET /admin/notifications",
        "GET /admin/locales",
      ]
      it("refuses a staff session without its second factor on every admin route", async () => {
        const container = getContainer()
        const fixtures = await createFixtures(container)
        await ensureVendorAdmin(container, "staff-no-factor@example.se", PASSWORD)
        await ensureVendorAdmin(container, "staff-two-step@example.se", PASSWORD)
        await ensureTotpFactor(container, "staff-two-step@example.se")
        const noFactor = (await api.post("/auth/user/emailpass", { email: "staff-no-factor@example.se", password: PASSWORD })).data
          .token as string
        const passwordOnly = await api.post("/auth/user/emailpass", { email: "staff-two-step@example.se", password: PASSWORD })
        expect(passwordOnly.data.mfa_required).toBe(true)
        const complete = await completeStaffSession(api, container, "staff@example.se", PASSWORD)
        const adminRoutes = servedRoutes().filter((route) => route.split(" ")[1].startsWith("/admin/"))
        expect(adminRoutes.length).toBeGreaterThan(300)
        const wrong: string[] = []
        // The workflow-execution subscriptions are event streams: a served one never ends, so it is cut off.
        const call = async (route: string, token: string | undefined) => {
          const [method, pattern] = route.split(" ")
          const url = concretePath(pattern, fixtures)
          return api
            .request({
              method,
              url,
              headers: token ? { authorization: `Bearer ${token}` } : {},
              ...(method === "GET" ? {} : { data: {} }),
              validateStatus: () => true,
              maxRedirects: 0,
              timeout: 5_000,
            })
            .catch((error: { code?: string }) => {
              if (error.code === "ECONNABORTED" || error.code === "ETIMEDOUT") return { status: 200, data: { streaming: true } }
              throw error
            })
        }
        await inPool(adminRoutes, 8, async (route) => {
          const none = await call(route, undefined)
          // Core's feature flags are public: the admin reads them before anyone logs in.
          if (route === "GET /admin/feature-flags" ? none.status !== 200 : none.status !== 401)
            wrong.push(`${route} without a session: ${none.status}`)
          const twoStep = await call(route, passwordOnly.data.token)
          if (twoStep.status !== 401) wrong.push(`${route} with the password step only: ${twoStep.status}`)
          const enrolling = await call(route, noFactor)
          const allowed = ENROLMENT_ALLOWED.includes(route)
          if (
            allowed || route.startsWith("GET /admin/views/")
              ? enrolling.status === 403 || enrolling.status === 401
              : enrolling.status !== 403 || enrolling.data?.type !== "not_allowed"
          ) {
            wrong.push(`${route} without a factor: ${enrolling.status} ${JSON.stringify(enrolling.data).slice(0, 120)}`)
          }
          if (route.startsWith("GET ")) {
            const served = await call(route, complete)
            if (served.status === 401 || served.status === 403) wrong.push(`${route} with a complete staff session: ${served.status}`)
          }
        })
        if (wrong.length) throw new Error(`${wrong.length} staff cells differ:\n${wrong.sort().join("\n")}`)
      })
    })

    describe("a portal user's password through the core staff login", () => {
      // Found by this matrix: core's staff login accepts a portal user's password (auth identities are
      // shared between actor types) and returns a `user` token without a staff account behind it. The
      // guard takes only identities with a user_id for vendor staff, so core MFA stays closed to it and
      // a factor-less account still needs the e-mailed code ("a stolen password alone cannot claim it").
      it("cannot enrol a first factor on core MFA (403 closed)", async () => {
        const container = getContainer()
        await createFixtures(container)
        await ensurePortalUser(container, { email: "no-factor-yet@example.se", first_name: "Nora", last_name: "Matris" }, PASSWORD)
        const login = await api.post(
          "/auth/user/emailpass",
          { email: "no-factor-yet@example.se", password: PASSWORD },
          { validateStatus: () => true }
        )
        // Not even confirmed: a portal account's password gets the unknown-account answer from the staff login.
        expect({ status: login.status, message: login.data?.message }).toEqual({ status: 401, message: "Invalid email or password" })
        const bearer = { headers: { authorization: `Bearer ${login.data?.token}` }, validateStatus: () => true }
        const enrolment = await api.post("/auth/mfa/factors", { provider: "totp" }, bearer)
        expect({ status: enrolment.status, code: enrolment.data?.code, secret: enrolment.data?.secret }).toEqual({
          status: 403,
          code: "closed",
          secret: undefined,
        })
      })
    })

    describe("vendor staff (sanity: the guard does not block the Medusa admin)", () => {
      it("logs in at /auth/user/emailpass and reads /admin/companies", async () => {
        await createFixtures(getContainer())
        const token = await completeStaffSession(api as any, getContainer(), "staff@example.se", PASSWORD)
        const login = { data: { token } }
        const companies = await api.get("/admin/companies", {
          headers: { authorization: `Bearer ${login.data.token}` },
          validateStatus: () => true,
        })
        expect(companies.status).toBe(200)
        expect(companies.data.companies.map((company: any) => company.name).sort()).toEqual(["Matris A AB", "Matris B AB"])
        const session = await api.post(
          "/auth/session",
          {},
          { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true }
        )
        expect(session.status).toBe(200)
        // Staff keep core MFA for their own accounts.
        const factors = await api.get("/auth/mfa/factors", {
          headers: { authorization: `Bearer ${login.data.token}` },
          validateStatus: () => true,
        })
        expect(factors.status).toBe(200)
      })
    })
  },
})
