import { describe, expect, it } from "vitest";
import { POSTGRES_STATEMENT_TIMEOUT_MS, db } from "@/lib/db";

describe("the app's database connections", () => {
  it.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("on PostgreSQL, end any statement that runs past the timeout", async () => {
    const [row] = await db.$queryRawUnsafe<{ statement_timeout: string }[]>("SHOW statement_timeout");
    expect(row.statement_timeout).toBe(`${POSTGRES_STATEMENT_TIMEOUT_MS / 1000}s`);
    await expect(db.$queryRawUnsafe(`SELECT pg_sleep(${POSTGRES_STATEMENT_TIMEOUT_MS / 1000 + 1})`)).rejects.toThrow(/statement timeout/);
  }, POSTGRES_STATEMENT_TIMEOUT_MS + 10_000);
});
