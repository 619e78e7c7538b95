import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { migrationScripts } from "./prepare-database";
import { POSTGRES_TEST_URL } from "./test-databases";

// The migrations are written by hand-run `prisma migrate diff`s, often by several people at once;
// these tests catch a migration that was forgotten, stale or lost in a merge.

const work = mkdtempSync(path.join(tmpdir(), "portico-migrations-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function adminUrlOf(url: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

/** The SQL Prisma would write to create the schema from nothing. */
function schemaScript(provider: "sqlite" | "postgresql") {
  // The CLI connects through the adapter even for this; any reachable database will do.
  const url = provider === "sqlite" ? `file:${path.join(work, "cli.db")}` : adminUrlOf(POSTGRES_TEST_URL);
  return execFileSync(
    path.join("node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
}

// The full-text search objects are written by hand into the migrations and are not in the model.
const handWritten = (name: string) => /Fts|searchVector/i.test(name);

/** Tables, columns, indexes and foreign keys of a SQLite database, in a comparable form. */
function describeSqlite(sqlite: Database.Database) {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables
      .filter((table) => !handWritten(table))
      .map((table) => [
        table,
        {
          // By name: a column added by a later migration comes last, which is harmless.
          columns: (sqlite.prepare(`pragma table_info("${table}")`).all() as { cid: number; name: string }[])
            .map(({ cid: _position, ...column }) => column)
            .sort((a, b) => a.name.localeCompare(b.name)),
          indexes: (sqlite.prepare(`pragma index_list("${table}")`).all() as { name: string; unique: number }[])
            .map((index) => ({
              name: index.name,
              unique: index.unique,
              columns: sqlite.prepare(`pragma index_info("${index.name}")`).pluck(false).all().map((c) => (c as { name: string }).name),
            }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          // By column too: a foreign key added with its column (ALTER TABLE ADD COLUMN) is numbered first.
          foreignKeys: (sqlite.prepare(`pragma foreign_key_list("${table}")`).all() as { id: number; from: string }[])
            .map(({ id: _number, ...key }) => key)
            .sort((a, b) => a.from.localeCompare(b.from)),
        },
      ]),
  );
}

/** Columns, indexes and constraints of a PostgreSQL database's public schema, comparable. */
async function describePostgres(client: pg.Client) {
  const columns = await client.query(
    `select table_name, column_name, data_type, udt_name, is_nullable, column_default
       from information_schema.columns where table_schema = 'public' order by table_name, column_name`,
  );
  const indexes = await client.query(`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`);
  const constraints = await client.query(
    `select conrelid::regclass::text as "table", conname, pg_get_constraintdef(oid) as def
       from pg_constraint where connamespace = 'public'::regnamespace order by conname`,
  );
  return {
    columns: columns.rows.filter((c) => !handWritten(c.column_name) && c.table_name !== "_prisma_migrations"),
    indexes: indexes.rows.filter((i) => !handWritten(i.indexname) && i.tablename !== "_prisma_migrations"),
    constraints: constraints.rows.filter((c) => c.table !== '"_prisma_migrations"' && c.table !== "_prisma_migrations"),
  };
}

/** A fresh database named after the test run, filled by `fill`, described, then dropped. */
async function describeFreshPostgres(suffix: string, fill: (client: pg.Client) => Promise<void>) {
  const url = new URL(`${POSTGRES_TEST_URL}_${suffix}`);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new pg.Client({ connectionString: adminUrlOf(url.toString()) });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await fill(client);
    return await describePostgres(client);
  } finally {
    await client.end();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

describe("migrations", () => {
  it("the written schemas are those of prisma/models.prisma", () => {
    expect(() => execFileSync("node", ["scripts/db-schemas.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("on SQLite, applying every migration gives the database the schema describes", () => {
    const migrated = new Database(path.join(work, "migrated.db"));
    for (const sql of migrationScripts("sqlite")) migrated.exec(sql);
    const expected = new Database(path.join(work, "expected.db"));
    expected.exec(schemaScript("sqlite"));
    expect(describeSqlite(migrated)).toEqual(describeSqlite(expected));
    migrated.close();
    expected.close();
  }, 60_000);

  it.skipIf(!POSTGRES_TEST_URL)("on PostgreSQL, applying every migration gives the database the schema describes", async () => {
    const migrated = await describeFreshPostgres("migrated", async (client) => {
      for (const sql of migrationScripts("postgresql")) await client.query(sql);
    });
    const script = schemaScript("postgresql");
    const expected = await describeFreshPostgres("expected", async (client) => {
      await client.query(script);
    });
    expect(migrated).toEqual(expected);
  }, 60_000);
});
