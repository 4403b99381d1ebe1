import { clientAddressFrom, forwardingHeaders } from "@/lib/data/client-address";

const from = (headers: Record<string, string>) => clientAddressFrom((name) => headers[name]);

describe("clientAddressFrom", () => {
  it("takes X-Real-IP, set by the proxy in front", () => {
    expect(from({ "x-real-ip": "2001:db8::1", "x-forwarded-for": "198.51.100.7" })).toBe("2001:db8::1");
  });

  it("else the last hop of X-Forwarded-For: earlier hops are the visitor's own words", () => {
    expect(from({ "x-forwarded-for": "203.0.113.66, 198.51.100.7" })).toBe("198.51.100.7");
    expect(from({ "x-forwarded-for": "198.51.100.7" })).toBe("198.51.100.7");
    expect(from({ "x-forwarded-for": "not an address", "x-real-ip": "192.0.2.1" })).toBe("192.0.2.1");
  });

  it("drops ports and the IPv4-mapped prefix", () => {
    expect(from({ "x-forwarded-for": "192.0.2.4:51234" })).toBe("192.0.2.4");
    expect(from({ "x-forwarded-for": "[2001:db8::2]:443" })).toBe("2001:db8::2");
    expect(from({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });

  it("gives nothing for garbage or missing headers", () => {
    expect(from({})).toBeUndefined();
    expect(from({ "x-forwarded-for": "<script>" })).toBeUndefined();
  });
});

describe("forwardingHeaders", () => {
  it("sends the secret only together with an address", () => {
    expect(forwardingHeaders("192.0.2.1", "s3cret")).toEqual({ "x-portal-client-ip": "192.0.2.1", "x-portal-forward-secret": "s3cret" });
    expect(forwardingHeaders("192.0.2.1", undefined)).toEqual({ "x-portal-client-ip": "192.0.2.1" });
    expect(forwardingHeaders(undefined, "s3cret")).toEqual({});
  });
});
