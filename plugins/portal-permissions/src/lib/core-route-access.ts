import { closed, declareAccess, requireArea, requireSession, staffOnly, publicAccess } from "./access"

const STORE_ROUTES_MESSAGE = {
  sv: "Använd Monitor Store i portalen för varukorg, beställning och Mina sidor.",
  en: "Use Monitor Store in the portal for the cart, checkout and My pages.",
}

/**
 * Medusa's own routes that customers can reach, declared in this one place. Our
 * plugins declare theirs in their own middlewares.ts; where both match a request,
 * the more specific declaration decides (see access.ts).
 */
export function declareCoreRouteAccess() {
  declareAccess("medusa-core", [
    // Core self-registration: accounts come from registration and invitation links.
    {
      matcher: "/store/customers",
      method: ["POST"],
      access: closed({
        after_session: true,
        message: {
          sv: "Konton skapas via en registrerings- eller inbjudningslänk.",
          en: "Accounts are created from a registration or invitation link.",
        },
      }),
    },
    // The caller's own customer record and addresses.
    { matcher: "/store/customers/me*", access: requireSession() },
    // Core carts check only the request's shape (any cart id can be read, changed and completed by whoever
    // holds it); core orders have no owner check and their transfer routes move an order to another
    // customer. Closed: Monitor Store serves carts, checkout and orders through company routes
    // (@mymonitor/monitor-store), where the company and the owner are checked at every step.
    { matcher: "/store/carts*", access: closed({ after_session: true, message: STORE_ROUTES_MESSAGE }) },
    { matcher: "/store/payment-collections*", access: closed({ after_session: true, message: STORE_ROUTES_MESSAGE }) },
    { matcher: "/store/orders*", access: closed({ after_session: true, message: STORE_ROUTES_MESSAGE }) },
    { matcher: "/store/returns*", access: closed({ after_session: true, message: STORE_ROUTES_MESSAGE }) },
    { matcher: "/store/return-reasons*", access: requireArea("my_pages") },
    // Everything else of core's store (the catalog at list prices, regions): Monitor Store.
    { matcher: "/store*", access: requireArea("store") },
    // Core customer login and registration would bypass the portal's mandatory 2FA: closed to everyone.
    { matcher: "/auth/customer*", access: closed() },
    // Core sessions, token refresh, MFA and verification: the Medusa admin's (vendor staff) only.
    { matcher: "/auth/session*", access: staffOnly() },
    { matcher: "/auth/token*", access: staffOnly() },
    { matcher: "/auth/mfa*", access: staffOnly() },
    { matcher: "/auth/verification*", access: staffOnly() },
    // Vendor staff login (portal-auth's staff guard limits and checks it); any other core auth provider route.
    { matcher: "/auth*", access: publicAccess() },
  ])
}
