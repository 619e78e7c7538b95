import { describe, expect, it } from "vitest";
import { checkNewPassword, loadCommonPasswords, passwordLength, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

const email = "alice.smith@example.com";
const check = (password: string) => checkNewPassword(password, { email });

describe("password length", () => {
  it("counts code points, so a 7-emoji password is too short and an 8-emoji one is long enough", async () => {
    const seven = "🔒🐢🌵🎻🚲🍋🦉";
    expect(seven.length).toBe(14);
    expect(passwordLength(seven)).toBe(7);
    expect(await check(seven)).toEqual({ ok: false, reason: "tooShort" });
    expect(await check(seven + "🧭")).toEqual({ ok: true });
  });

  it("counts an accented letter once, whether typed composed or decomposed", async () => {
    const composed = "Contraseña";
    const decomposed = "Contrasen\u0303a";
    expect(decomposed.length).toBe(11);
    expect(passwordLength(composed)).toBe(10);
    expect(passwordLength(decomposed)).toBe(10);
    expect(await check(composed)).toEqual({ ok: true });
    expect(await check(decomposed)).toEqual({ ok: true });
  });

  it("refuses 7 characters, accepts 8 and the maximum, refuses one more", async () => {
    expect(await check("Zq4#kfL")).toEqual({ ok: false, reason: "tooShort" });
    expect(await check("Zq4#kfLm")).toEqual({ ok: true });
    expect(await check("a".repeat(PASSWORD_MIN - 1) + "ñ".repeat(PASSWORD_MAX - PASSWORD_MIN + 1))).toEqual({ ok: true });
    expect(await check("ñ".repeat(PASSWORD_MAX + 1))).toEqual({ ok: false, reason: "tooLong" });
  });

  it("welcomes long passphrases with spaces and no digits or symbols", async () => {
    expect(await check("correct horse battery staple on a sunny afternoon")).toEqual({ ok: true });
  });
});

describe("common passwords", () => {
  it("refuses well-known passwords in any letter case", async () => {
    expect(await check("password")).toEqual({ ok: false, reason: "common" });
    expect(await check("PassWord")).toEqual({ ok: false, reason: "common" });
    expect(await check("123456789")).toEqual({ ok: false, reason: "common" });
    expect(await check("qwertyuiop")).toEqual({ ok: false, reason: "common" });
    expect(await check("iloveyou")).toEqual({ ok: false, reason: "common" });
  });

  it("uses a list of at least the 10,000 most common passwords, loaded once", async () => {
    const list = await loadCommonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    expect(await loadCommonPasswords()).toBe(list);
  });
});

describe("email as password", () => {
  it("refuses the email address and its local part, in any letter case", async () => {
    expect(await check("alice.smith@example.com")).toEqual({ ok: false, reason: "sameAsEmail" });
    expect(await check("ALICE.SMITH@EXAMPLE.COM")).toEqual({ ok: false, reason: "sameAsEmail" });
    expect(await check("Alice.Smith")).toEqual({ ok: false, reason: "sameAsEmail" });
  });

  it("accepts a password that merely contains the name", async () => {
    expect(await check("alice.smith likes tea")).toEqual({ ok: true });
  });
});
