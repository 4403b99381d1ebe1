import { notFound } from "next/navigation"
import { getPortalSession } from "@/lib/data/session"
import { canAccess, type PortalArea } from "@/lib/permissions/areas"

/**
 * The page-level guard, computed from the same area union as the navigation. A page the user's
 * roles do not grant answers 404 (like another company's object does in the backend).
 * Returns null when there is no usable session: the portal layout then shows login or the error.
 */
export async function requireArea(area: PortalArea | null) {
  const session = await getPortalSession()
  if (session.status !== "authenticated") return null
  if (!canAccess(session.areas, area)) notFound()
  return session
}
