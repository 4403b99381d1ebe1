import { headers } from "next/headers";

// The backend counts login attempts per IP and writes the address into its audit log. Its callers
// are this server, so we tell it whose request we are making: `X-Portal-Client-Ip`, believed only
// together with `X-Portal-Forward-Secret` = PORTAL_FORWARD_SECRET (the same value on both sides).

export const CLIENT_IP_HEADER = "x-portal-client-ip";
export const FORWARD_SECRET_HEADER = "x-portal-forward-secret";

const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

/**
 * The visitor's address from the incoming request: X-Real-IP (which the proxy in front sets,
 * overwriting whatever the visitor sent), else the LAST hop of X-Forwarded-For — the one added by the
 * nearest proxy or by Next's own server. Earlier hops are whatever the visitor wrote and would let
 * them pick the address their attempts are counted under. Undefined when nothing looks like an IP.
 */
export function clientAddressFrom(get: (name: string) => string | null | undefined): string | undefined {
  const candidates = [get("x-real-ip"), get("x-forwarded-for")?.split(",").pop()];
  for (const candidate of candidates) {
    let address = candidate?.trim();
    if (!address) continue;
    // "[::1]:1234" and "1.2.3.4:5678" carry a port some proxies keep.
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
    if (bracketed) address = bracketed[1];
    else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
    if (address.startsWith("::ffff:") && address.includes(".")) address = address.slice("::ffff:".length);
    if (ADDRESS.test(address)) return address;
  }
  return undefined;
}

/** The two headers for a backend call (pure, unit tested). */
export function forwardingHeaders(address: string | undefined, secret: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (address) result[CLIENT_IP_HEADER] = address;
  if (address && secret) result[FORWARD_SECRET_HEADER] = secret;
  return result;
}

/** The forwarding headers of the current request; none outside a request (build, tests). */
export async function clientForwardingHeaders(): Promise<Record<string, string>> {
  let address: string | undefined;
  try {
    const incoming = await headers();
    address = clientAddressFrom((name) => incoming.get(name));
  } catch {
    return {};
  }
  return forwardingHeaders(address, process.env.PORTAL_FORWARD_SECRET || undefined);
}
