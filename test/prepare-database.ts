import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

function migrationScripts(provider: "sqlite" | "postgresql") {
  const dir = path.join("prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/** A fresh SQLite file with every migration applied. */
export function prepareSqlite(url: string) {
  const file = url.slice("file:".length);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const sqlite = new Database(file);
  for (const sql of migrationScripts("sqlite")) sqlite.exec(sql);
  sqlite.close();
}

/** A fresh PostgreSQL database (dropped and re-created) with every migration applied. */
export async function preparePostgres(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of migrationScripts("postgresql")) await client.query(sql);
  } finally {
    await client.end();
  }
}
