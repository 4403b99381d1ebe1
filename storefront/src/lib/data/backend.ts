import Medusa, { FetchError } from "@medusajs/js-sdk";

// The only door to the Medusa backend. Everything is read from the environment at request time
// (never at build time), and the SDK keeps no token of its own: the caller passes the session's
// JWT per request.

const REQUEST_TIMEOUT_MS = 10_000;

export function backendUrl(): string {
  return process.env.MEDUSA_BACKEND_URL || "http://localhost:9000";
}

export function createBackendClient(): Medusa {
  return new Medusa({
    baseUrl: backendUrl(),
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  });
}

/** Errors are values: every data function answers one of these instead of throwing. */
export type BackendFailure = { ok: false; code: "unauthorized" | "rejected" | "backend_unavailable" };
export type BackendResult<T> = { ok: true; data: T } | BackendFailure;

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/**
 * Performs one backend call and maps its failure: 401 → `unauthorized`; another 4xx →
 * `rejected` (the caller decides what it means); a refused connection, a timeout or a 5xx →
 * `backend_unavailable`. Nothing is thrown.
 */
export async function callBackend<T>(
  path: string,
  init: { method?: "GET" | "POST"; body?: Record<string, unknown>; headers?: Record<string, string>; query?: Record<string, unknown> } = {},
): Promise<BackendResult<T>> {
  try {
    const data = await createBackendClient().client.fetch<T>(path, {
      method: init.method ?? "GET",
      body: init.body,
      headers: init.headers,
      query: init.query,
      cache: "no-store",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof FetchError) {
      if (error.status === 401) return { ok: false, code: "unauthorized" };
      console.error(`[storefront] backend call ${path} answered ${error.status}: ${error.message}`);
      return { ok: false, code: (error.status ?? 500) >= 500 ? "backend_unavailable" : "rejected" };
    }
    // fetch() rejects with a TypeError when the backend cannot be reached, and with an
    // AbortError/TimeoutError when it does not answer in time.
    console.error(`[storefront] backend call ${path} failed:`, error);
    return { ok: false, code: "backend_unavailable" };
  }
}
