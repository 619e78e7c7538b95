import { afterEach, describe, expect, it, vi } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";

describe("password hashes", () => {
  it("are argon2id and verify only the right password", async () => {
    const hash = await hashPassword("Contraseña de prueba");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "Contraseña de prueba")).toBe(true);
    expect(await verifyPassword(hash, "contraseña de prueba")).toBe(false);
    expect(await verifyPassword("not a hash", "Contraseña de prueba")).toBe(false);
  });

  it("treat a composed and a decomposed accent as the same password", async () => {
    const hash = await hashPassword("Contrase\u00f1a segura");
    expect(await verifyPassword(hash, "Contrasen\u0303a segura")).toBe(true);
  });
});

describe("hash parameters", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("outside tests are argon2id with 19 MiB, 2 iterations, 1 lane", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    const production = await import("./passwords");
    const hash = await production.hashPassword("Contraseña de prueba");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(production.PRODUCTION_HASH_OPTIONS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    // A hash made with the tests' cheap parameters still verifies (and the other way round).
    vi.stubEnv("NODE_ENV", "test");
    vi.resetModules();
    const cheap = await import("./passwords");
    const cheapHash = await cheap.hashPassword("x y z w");
    expect(cheapHash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await production.verifyPassword(cheapHash, "x y z w")).toBe(true);
    expect(await cheap.verifyPassword(hash, "Contraseña de prueba")).toBe(true);
  });
});

describe("generated passwords", () => {
  it("are 20 characters without look-alikes, and differ each time", () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const p of passwords) expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
