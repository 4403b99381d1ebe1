import type { RoleAreas } from "@/lib/permissions/areas";
import { callBackend, type BackendResult } from "./backend";

/** The backend's single role→area table. */
export async function retrieveRoleAreas(): Promise<BackendResult<RoleAreas>> {
  const result = await callBackend<{ role_areas: RoleAreas }>("/store/permissions");
  return result.ok ? { ok: true, data: result.data.role_areas } : result;
}
