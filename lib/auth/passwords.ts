import "server-only";
import argon2 from "argon2";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// argon2id with the OWASP/ASVS minimums exceeded: 19 MiB memory, 2 iterations, 1 lane.
export const PRODUCTION_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
// Under Vitest only (NODE_ENV=test; `next start` always runs as production): the cheapest argon2id,
// so the unit loop is not spent hashing. The parameters travel in each hash, so both verify alike.
const TEST_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;
const HASH_OPTIONS = env.NODE_ENV === "test" ? TEST_HASH_OPTIONS : PRODUCTION_HASH_OPTIONS;

// NFC first, so "ñ" typed as one code point or as "n" plus a combining tilde is the same password.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password.normalize("NFC"), HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of a real verification, so an unknown email answers as slowly as a known one. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random password from a secure source: 20 characters, no look-alike letters. */
export function generatePassword(length = 20): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  // Rejection sampling keeps every character equally likely.
  for (const b of bytes) {
    if (b < 256 - (256 % ALPHABET.length)) out += ALPHABET[b % ALPHABET.length];
    if (out.length === length) return out;
  }
  return out + generatePassword(length - out.length);
}
