import { describe, expect, it } from "vitest";
import { clientIpFrom, parseTrustedProxies } from "./client-ip";

// scripts/serve.mjs appends the socket address of every connection to X-Forwarded-For, as a proxy
// does, so the last entry is always the peer that really connected.
const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIpFrom: the address the throttles count", () => {
  it("takes the socket address, whatever the client wrote before it", () => {
    expect(clientIpFrom(xff("203.0.113.9"), [])).toBe("203.0.113.9");
    expect(clientIpFrom(xff("1.2.3.4, 203.0.113.9"), [])).toBe("203.0.113.9");
    expect(clientIpFrom(xff("10.9.9.9, 8.8.8.8, 203.0.113.9"), [])).toBe("203.0.113.9");
  });

  it("reads X-Forwarded-For from the right through trusted proxies only", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.7");
    // browser 198.51.100.5 → proxy 10.0.0.2 → Portico
    expect(clientIpFrom(xff("198.51.100.5, 10.0.0.2"), trusted)).toBe("198.51.100.5");
    // a forged first hop before the real client is ignored
    expect(clientIpFrom(xff("1.2.3.4, 198.51.100.5, 10.0.0.2"), trusted)).toBe("198.51.100.5");
    // two trusted proxies in a row
    expect(clientIpFrom(xff("198.51.100.5, 192.0.2.7, 10.0.0.2"), trusted)).toBe("198.51.100.5");
    // a direct connection from an untrusted address is that address, whatever it claims
    expect(clientIpFrom(xff("10.0.0.99, 198.51.100.77"), trusted)).toBe("198.51.100.77");
  });

  it("stops at the last trusted proxy when every hop is trusted", () => {
    expect(clientIpFrom(xff("10.0.0.3, 10.0.0.2"), parseTrustedProxies("10.0.0.0/8"))).toBe("10.0.0.3");
  });

  it("writes IPv4-mapped IPv6 addresses as IPv4 and understands IPv6 ranges", () => {
    expect(clientIpFrom(xff("::ffff:203.0.113.9"), [])).toBe("203.0.113.9");
    expect(clientIpFrom(xff("2001:db8::1, ::1"), parseTrustedProxies("::1"))).toBe("2001:db8::1");
    expect(clientIpFrom(xff("198.51.100.5, ::ffff:10.0.0.2"), parseTrustedProxies("10.0.0.0/8"))).toBe("198.51.100.5");
  });

  it("answers unknown when there is no usable address, rather than trusting a name", () => {
    expect(clientIpFrom(new Headers(), [])).toBe("unknown");
    expect(clientIpFrom(xff(""), [])).toBe("unknown");
    expect(clientIpFrom(xff("not-an-ip"), [])).toBe("unknown");
    expect(clientIpFrom(xff("198.51.100.5, garbage, 10.0.0.2"), parseTrustedProxies("10.0.0.0/8"))).toBe("unknown");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or a range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies("")).toEqual([]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
  });
});
