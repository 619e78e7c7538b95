// Database chores shared by `npm start`, CI and the tests:
//   node scripts/db.mjs generate   generate the Prisma clients (one per provider)
//   node scripts/db.mjs migrate    create the database if needed and apply migrations to DATABASE_URL
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export const DEFAULT_DATABASE_URL = "file:./data/portico.db";
const prisma = path.join("node_modules", ".bin", "prisma");

// prisma.config.ts picks the schema and the adapter from DATABASE_URL; generating without the
// matching adapter makes the CLI try to download a native engine, so each gets a URL of its kind.
const GENERATE_URLS = { sqlite: DEFAULT_DATABASE_URL, postgresql: "postgresql://localhost/generate" };

export function generateClients() {
  for (const url of Object.values(GENERATE_URLS)) {
    execFileSync(prisma, ["generate"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url } });
  }
}

async function createPostgresDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function migrate(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    mkdirSync(path.dirname(file), { recursive: true });
    // Write-ahead logging lets readers go on while a write happens; the setting stays in the file.
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  } else {
    await createPostgresDatabase(url);
  }
  try {
    execFileSync(prisma, ["migrate", "deploy"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: url } });
  } catch (error) {
    // Prisma prints the failing migration and the database's message on stdout.
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}`);
    throw new Error(`prisma migrate deploy failed on ${url.replace(/:[^:@/]*@/, ":***@")}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === "generate") generateClients();
  else if (command === "migrate") await migrate();
  else {
    console.error("usage: node scripts/db.mjs generate|migrate");
    process.exit(2);
  }
}
