import { BlockList, isIP } from "node:net";

// TRUSTED_PROXIES, read by lib/env.ts at start-up (so a typo stops the server) and by client-ip.ts.

export type TrustedProxies = { blocks: BlockList; count: number } | [];

const V4_MAPPED = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i;

/** An IP address in one spelling (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
export function normalize(address: string): string | null {
  const trimmed = address.trim();
  const mapped = V4_MAPPED.exec(trimmed);
  const plain = mapped ? mapped[1] : trimmed;
  return isIP(plain) ? plain.toLowerCase() : null;
}

/** TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (IPv4 or IPv6). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const entries = (value ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (!entries.length) return [];
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const ip = normalize(address);
    const family = ip ? (isIP(ip) === 4 ? "ipv4" : "ipv6") : null;
    const prefix = bits === undefined ? null : Number(bits);
    const maxBits = family === "ipv4" ? 32 : 128;
    if (!ip || !family || extra !== undefined || (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits) ) || bits === "") {
      throw new Error(`TRUSTED_PROXIES: ${JSON.stringify(entry)} is not an IP address or a CIDR range`);
    }
    if (prefix === null) blocks.addAddress(ip, family);
    else blocks.addSubnet(ip, prefix, family);
  }
  return { blocks, count: entries.length };
}

