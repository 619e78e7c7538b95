import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser } from "@/test/factories";
import { authenticateWithPassword } from "./credentials";
import { verifyPassword } from "./passwords";
import {
  checkSignInAllowed,
  clientIpOf,
  recordSignInFailure,
  recordSignInSuccess,
  resetSignInThrottle,
  SIGN_IN_LIMITS,
} from "./throttle";

vi.mock("./passwords", async (importOriginal) => {
  const original = await importOriginal<typeof import("./passwords")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const PASSWORD = "a long and unguessable sentence";
const ACCOUNT_LIMIT = SIGN_IN_LIMITS.account.points;
const IP_LIMIT = SIGN_IN_LIMITS.ip.points;

let ipCounter = 0;
/** A fresh address from the documentation range, so tests never share an IP bucket. */
const freshIp = () => `198.51.100.${++ipCounter}`;
const unknownEmail = () => `nobody-${randomUUID()}@example.test`;

async function fail(email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) expect(await authenticateWithPassword({ email, password: "wrong password" }, ip)).toBeNull();
}

beforeEach(async () => {
  await resetSignInThrottle();
  vi.mocked(verifyPassword).mockClear();
});

describe("sign-in throttling per account", () => {
  it("refuses even the right password after too many failures, without checking it", async () => {
    const alice = await makeUser("CUSTOMER", { password: PASSWORD });
    const ip = freshIp();
    await fail(alice.email, ip, ACCOUNT_LIMIT);
    vi.mocked(verifyPassword).mockClear();
    expect(await authenticateWithPassword({ email: alice.email, password: PASSWORD }, ip)).toBeNull();
    expect(verifyPassword).not.toHaveBeenCalled();
    const state = await checkSignInAllowed({ email: alice.email.toUpperCase(), ip });
    expect(state.allowed).toBe(false);
    if (!state.allowed) {
      expect(state.retryAfterSeconds).toBeGreaterThan(0);
      expect(state.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.duration);
    }
  });

  it("locks the account for the guessing address only, so nobody can lock the owner out from elsewhere", async () => {
    const admin = await makeUser("ADMIN", { password: PASSWORD });
    const attacker = freshIp();
    await fail(admin.email, attacker, ACCOUNT_LIMIT);
    vi.mocked(verifyPassword).mockClear();
    expect(await authenticateWithPassword({ email: admin.email, password: PASSWORD }, attacker)).toBeNull();
    expect(verifyPassword).not.toHaveBeenCalled();
    expect(await authenticateWithPassword({ email: admin.email, password: PASSWORD }, freshIp())).toEqual({ id: admin.id });
  });

  it("lets the right password in before the limit, and a success clears the account's failures", async () => {
    const alice = await makeUser("CUSTOMER", { password: PASSWORD });
    const ip = freshIp();
    await fail(alice.email, ip, ACCOUNT_LIMIT - 1);
    expect(await authenticateWithPassword({ email: alice.email, password: PASSWORD }, ip)).toEqual({ id: alice.id });
    await fail(alice.email, ip, ACCOUNT_LIMIT - 1);
    expect(await authenticateWithPassword({ email: alice.email, password: PASSWORD }, ip)).toEqual({ id: alice.id });
  });

  it("counts failures for unknown emails too, so throttling does not tell which accounts exist", async () => {
    const alice = await makeUser("CUSTOMER", { password: PASSWORD });
    const ghost = unknownEmail();
    const ip = freshIp();
    await fail(alice.email, ip, ACCOUNT_LIMIT);
    await fail(ghost, ip, ACCOUNT_LIMIT);
    const real = await checkSignInAllowed({ email: alice.email, ip });
    const unknown = await checkSignInAllowed({ email: ghost, ip });
    expect(real.allowed).toBe(false);
    expect(unknown.allowed).toBe(false);
    vi.mocked(verifyPassword).mockClear();
    expect(await authenticateWithPassword({ email: ghost, password: PASSWORD }, ip)).toBeNull();
    expect(verifyPassword).not.toHaveBeenCalled();
  });
});

describe("sign-in throttling per address", () => {
  it("lets another account in from the same address until the address limit, then refuses it there only", async () => {
    const alice = await makeUser("CUSTOMER", { password: PASSWORD });
    const bob = await makeUser("CUSTOMER", { password: PASSWORD });
    const ip = freshIp();
    await fail(alice.email, ip, ACCOUNT_LIMIT);
    expect(await authenticateWithPassword({ email: bob.email, password: PASSWORD }, ip)).toEqual({ id: bob.id });

    const perEmail = ACCOUNT_LIMIT - 1;
    let left = IP_LIMIT - ACCOUNT_LIMIT;
    while (left > 0) {
      const times = Math.min(perEmail, left);
      await fail(unknownEmail(), ip, times);
      left -= times;
    }
    expect(await authenticateWithPassword({ email: bob.email, password: PASSWORD }, ip)).toBeNull();
    expect(await authenticateWithPassword({ email: bob.email, password: PASSWORD }, freshIp())).toEqual({ id: bob.id });
  }, 60_000);

  it("does not lump together clients whose address is unknown", async () => {
    for (let i = 0; i < IP_LIMIT + 5; i++) await recordSignInFailure({ email: unknownEmail(), ip: "unknown" });
    expect(await checkSignInAllowed({ email: unknownEmail(), ip: "unknown" })).toEqual({ allowed: true });
  });

  it("counts the connection's own address, not one the client wrote in X-Forwarded-For", async () => {
    // What scripts/serve.mjs hands the app: whatever the client sent, then the socket address.
    const victim = "203.0.113.50";
    const attacker = freshIp();
    const forged = new Headers({ "x-forwarded-for": `${victim}, ${attacker}` });
    expect(clientIpOf(forged)).toBe(attacker);
    for (let i = 0; i < IP_LIMIT; i++) await recordSignInFailure({ email: unknownEmail(), ip: clientIpOf(forged) });
    expect(await checkSignInAllowed({ email: unknownEmail(), ip: victim })).toEqual({ allowed: true });
    // Changing the header does not give the attacker a fresh address either.
    const rotated = new Headers({ "x-forwarded-for": `198.51.100.250, ${attacker}` });
    expect((await checkSignInAllowed({ email: unknownEmail(), ip: clientIpOf(rotated) })).allowed).toBe(false);
    expect(clientIpOf(new Headers())).toBe("unknown");
  });
});

describe("where the counters live", () => {
  it("on PostgreSQL every instance sees the same counts; on SQLite (one instance) they are the process's", async () => {
    const [email, ip] = [unknownEmail(), freshIp()];
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await recordSignInFailure({ email, ip });
    expect((await checkSignInAllowed({ email, ip })).allowed).toBe(false);
    // Another instance: its own limiters, built from nothing.
    const shared = globalThis as { portico_signInThrottle?: unknown; portico_limiterFactory?: unknown };
    shared.portico_signInThrottle = undefined;
    shared.portico_limiterFactory = undefined;
    const onPostgres = process.env.DATABASE_URL!.startsWith("postgres");
    expect((await checkSignInAllowed({ email, ip })).allowed).toBe(!onPostgres);
  });

  it("a new password set on one instance lifts the account's lock on every instance (PostgreSQL)", async () => {
    const [email, ip] = [unknownEmail(), freshIp()];
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await recordSignInFailure({ email, ip });
    const shared = globalThis as { portico_signInThrottle?: unknown; portico_limiterFactory?: unknown };
    const instanceA = shared.portico_signInThrottle;
    // Instance B, its own limiters: it sees the lock, then the owner resets the password there.
    shared.portico_signInThrottle = undefined;
    const onPostgres = process.env.DATABASE_URL!.startsWith("postgres");
    if (!onPostgres) return;
    expect((await checkSignInAllowed({ email, ip })).allowed).toBe(false);
    await recordSignInSuccess({ email });
    // Back on instance A, which never saw the reset.
    shared.portico_signInThrottle = instanceA;
    expect((await checkSignInAllowed({ email, ip })).allowed).toBe(true);
  });
});
