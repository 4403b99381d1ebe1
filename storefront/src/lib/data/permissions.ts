import type { RoleAreas } from "@/lib/permissions/areas"
import { bearer, callBackend, type BackendResult } from "./backend"

/** The backend's single role→area table (a store route: it needs the complete session too). */
export async function retrieveRoleAreas(token: string): Promise<BackendResult<RoleAreas>> {
  const result = await callBackend<{ role_areas: RoleAreas }>("/store/permissions", { headers: bearer(token) })
  return result.ok ? { ok: true, data: result.data.role_areas } : result
}
