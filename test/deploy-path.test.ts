import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropPostgres } from "./prepare-database";
import { POSTGRES_TEST_URL } from "./test-databases";

// `npm start` on a fresh install: `scripts/db.mjs migrate` (prisma migrate deploy through the
// driver adapter), then the seed. Every migration is checked here the way a deployment applies it.

const work = mkdtempSync(path.join(tmpdir(), "portico-deploy-"));
const pgUrl = POSTGRES_TEST_URL ? `${POSTGRES_TEST_URL}_deploy` : "";
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  if (pgUrl) await dropPostgres(pgUrl);
});

const migrationNames = (provider: string) =>
  readdirSync(path.join("prisma", provider, "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

function startPath(url: string) {
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: "production" as const };
  const options = { env, encoding: "utf8" as const, stdio: "pipe" as const };
  execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], options);
  return execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], options);
}

describe("the start path on an empty database", () => {
  it("SQLite: every migration applies, the demo data loads, and a second start keeps it", () => {
    const url = `file:${path.join(work, "fresh.db")}`;
    expect(startPath(url)).toContain("Demo data loaded");
    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    const applied = sqlite.prepare("select migration_name from _prisma_migrations where finished_at is not null order by migration_name").pluck().all();
    expect(applied).toEqual(migrationNames("sqlite"));
    expect(sqlite.prepare(`select count(*) from "User"`).pluck().get()).toBeGreaterThan(0);
    sqlite.close();
    expect(startPath(url)).toContain("already has users");
  }, 120_000);

  it.skipIf(!pgUrl)("PostgreSQL: the database is created, every migration applies, the demo data loads, and a second start keeps it", async () => {
    await dropPostgres(pgUrl);
    expect(startPath(pgUrl)).toContain("Demo data loaded");
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      const applied = await client.query("select migration_name from _prisma_migrations where finished_at is not null order by migration_name");
      expect(applied.rows.map((r) => r.migration_name)).toEqual(migrationNames("postgresql"));
      // The hand-written full-text objects of 0002 exist (the statement that used to be split).
      const vector = await client.query(`select 1 from information_schema.columns where table_name = 'KbArticle' and column_name = 'searchVector'`);
      expect(vector.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    expect(startPath(pgUrl)).toContain("already has users");
  }, 180_000);
});
