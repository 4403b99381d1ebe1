import { closed, declareAccess, requireArea, requireSession, staffOnly, publicAccess } from "./access"

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
    // Mina sidor: orders and returns need "my pages" in at least one company.
    { matcher: "/store/orders*", access: requireArea("my_pages") },
    { matcher: "/store/returns*", access: requireArea("my_pages") },
    { matcher: "/store/return-reasons*", access: requireArea("my_pages") },
    // Everything else of core's store (catalog, carts, payment): Monitor Store.
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
