import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/** Every migration's SQL, in order. */
export function migrationScripts(provider: "sqlite" | "postgresql") {
  const dir = path.join("prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

function sqliteFile(url: string) {
  return url.slice("file:".length);
}

/** A fresh SQLite file with every migration applied. */
export function prepareSqlite(url: string) {
  const file = sqliteFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  dropSqlite(url);
  const sqlite = new Database(file);
  for (const sql of migrationScripts("sqlite")) sqlite.exec(sql);
  sqlite.close();
}

export function dropSqlite(url: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(sqliteFile(url) + suffix, { force: true });
}

async function withAdminClient(url: string, work: (client: pg.Client, name: string) => Promise<void>) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await work(admin, name);
  } finally {
    await admin.end();
  }
}

/** A fresh PostgreSQL database (dropped and re-created) with every migration applied. */
export async function preparePostgres(url: string) {
  await withAdminClient(url, async (admin, name) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of migrationScripts("postgresql")) await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropPostgres(url: string) {
  await withAdminClient(url, async (admin, name) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
  });
}
