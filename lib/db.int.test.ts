import { describe, expect, it } from "vitest";
import { POSTGRES_IDLE_TIMEOUT_MS, POSTGRES_STATEMENT_TIMEOUT_MS, db } from "@/lib/db";

describe("the app's database connections", () => {
  it.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("on PostgreSQL, end any statement that runs past the timeout", async () => {
    const [row] = await db.$queryRawUnsafe<{ statement_timeout: string }[]>("SHOW statement_timeout");
    expect(row.statement_timeout).toBe(`${POSTGRES_STATEMENT_TIMEOUT_MS / 1000}s`);
    await expect(db.$queryRawUnsafe(`SELECT pg_sleep(${POSTGRES_STATEMENT_TIMEOUT_MS / 1000 + 1})`)).rejects.toThrow(/statement timeout/);
  }, POSTGRES_STATEMENT_TIMEOUT_MS + 10_000);

  // node-postgres would close it after 10 s idle; opening it again costs a new server process.
  it.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("on PostgreSQL, keep an idle connection open past node-postgres's 10 s", async () => {
    expect(POSTGRES_IDLE_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);
    const [{ pid }] = await db.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const [{ n }] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid = ${Number(pid)}`);
    expect(Number(n)).toBe(1);
  }, 20_000);

  // The SQLite connection keeps its compiled statements (lib/db.ts, keepStatements).
  it.runIf(process.env.DATABASE_URL?.startsWith("file:"))("on SQLite, a kept statement runs with each call's own arguments, also after older ones were dropped", async () => {
    const echo = async (value: string) => (await db.$queryRaw<{ v: string }[]>`SELECT ${value} AS v`)[0].v;
    expect([await echo("first"), await echo("second")]).toEqual(["first", "second"]);
    // More distinct statements than a connection keeps, each run twice with different arguments.
    for (let i = 0; i < 600; i++) {
      const sql = `SELECT ? + ${i} AS v`;
      for (const arg of [1, 2]) expect(Number((await db.$queryRawUnsafe<{ v: number | bigint }[]>(sql, arg))[0].v)).toBe(arg + i);
    }
    await expect(db.$queryRawUnsafe("SELEC 1")).rejects.toThrow();
    expect(await echo("third")).toBe("third");
    // A transaction's BEGIN and COMMIT go through the same statements.
    const [a, b] = await db.$transaction([db.$queryRaw<{ v: string }[]>`SELECT ${"in"} AS v`, db.$queryRaw<{ v: string }[]>`SELECT ${"out"} AS v`]);
    expect([a[0].v, b[0].v]).toEqual(["in", "out"]);
  });
});
