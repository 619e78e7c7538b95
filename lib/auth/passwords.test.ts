import { describe, expect, it } from "vitest";
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

describe("generated passwords", () => {
  it("are 20 characters without look-alikes, and differ each time", () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const p of passwords) expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
