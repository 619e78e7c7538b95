import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
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

/**
 * Applies every migration the way `npm start` does on a deployment (`scripts/db.mjs migrate`:
 * `prisma migrate deploy` through the driver adapter), so the tests run on what a deployment gets.
 */
export function migrateAsDeployed(url: string) {
  try {
    execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`scripts/db.mjs migrate failed on ${url}:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** A fresh SQLite file with every migration applied. */
export function prepareSqlite(url: string) {
  dropSqlite(url);
  migrateAsDeployed(url);
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
  migrateAsDeployed(url);
}

export async function dropPostgres(url: string) {
  await withAdminClient(url, async (admin, name) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
  });
}
