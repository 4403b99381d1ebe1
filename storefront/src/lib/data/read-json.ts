import { bearer, callBackend, type BackendResult } from "./backend"

/** Reading the backend's JSON answers tolerantly: a missing or odd field is a default, never a crash. */
export type Raw = Record<string, unknown>

export const isObject = (value: unknown): value is Raw => !!value && typeof value === "object" && !Array.isArray(value)
export const str = (value: unknown, fallback = ""): string =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback
export const optStr = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null
export const num = (value: unknown, fallback = 0): number => {
  const parsed = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN
  return Number.isFinite(parsed) ? parsed : fallback
}
export const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isObject) : [])

export type Page = { count: number; limit: number; offset: number }

/**
 * One page of a Mina sidor list route (`/store/licenses`, `/store/invoices`): filtered by company and
 * status, `pageSize` rows from `page`, each row read by `read`, under the answer's `key`.
 */
export async function listPage<K extends string, T>(
  token: string,
  path: string,
  key: K,
  read: (row: Raw) => T,
  pageSize: number,
  options: { companyId?: string; status?: string; page?: number }
): Promise<BackendResult<Page & Record<K, T[]>>> {
  const result = await callBackend<Raw>(path, {
    headers: bearer(token),
    query: {
      company_id: options.companyId || undefined,
      status: options.status || undefined,
      limit: pageSize,
      offset: Math.max(0, options.page ?? 0) * pageSize,
    },
  })
  if (!result.ok) return result
  const rows = list(result.data[key]).map(read)
  const page = { count: num(result.data.count, rows.length), limit: num(result.data.limit, pageSize), offset: num(result.data.offset) }
  return { ok: true, status: result.status, data: { ...page, [key]: rows } as Page & Record<K, T[]> }
}
