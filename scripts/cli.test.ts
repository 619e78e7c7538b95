import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const run = promisify(execFile);

/** Runs the real command line against this test run's database. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run cli -- create-user", () => {
  it("creates an admin with a generated password printed once, stored only as an argon2id hash", async () => {
    const email = `admin-${randomUUID()}@example.test`;
    const result = await cli("create-user", "--email", email, "--name", "First Admin", "--role", "ADMIN", "--org", "IT");
    expect(result.code).toBe(0);
    const password = result.stdout.match(/Password \(shown once\): (\S+)/)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(16);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
    expect(user).toMatchObject({ role: "ADMIN", name: "First Admin" });
    expect(user.organization?.name).toBe("IT");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(password);
  }, 120_000);

  it("refuses bad arguments with a clear message and a non-zero exit, creating nothing", async () => {
    const email = `x-${randomUUID()}@example.test`;
    const noName = await cli("create-user", "--email", email, "--role", "AGENT");
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain("--name is required");
    const badRole = await cli("create-user", "--email", email, "--name", "N", "--role", "BOSS");
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role must be ADMIN, AGENT or CUSTOMER");
    const badEmail = await cli("create-user", "--email", "not-an-email", "--name", "N", "--role", "AGENT");
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain("--email must be an email address");
    const unknown = await cli("delete-everything");
    expect(unknown.code).toBe(2);
    expect(await db.user.count({ where: { email } })).toBe(0);
  }, 120_000);

  it("refuses an email that already exists", async () => {
    const email = `dup-${randomUUID()}@example.test`;
    expect((await cli("create-user", "--email", email, "--name", "One", "--role", "CUSTOMER", "--password", "first long password")).code).toBe(0);
    const again = await cli("create-user", "--email", email.toUpperCase(), "--name", "Two", "--role", "CUSTOMER");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("A user with this email address already exists.");
  }, 120_000);
});
