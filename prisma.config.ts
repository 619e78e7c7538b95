// Prisma CLI configuration. The WASM schema engine ("js" engine + driver adapter) is used because
// the native engines cannot be downloaded on offline machines (see README, "Database").
import path from "node:path";
import type { Pool } from "pg";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { DEFAULT_DATABASE_URL, databaseProvider, pgPoolConfig } from "./lib/db-url";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const provider = databaseProvider(url);
process.env.DATABASE_URL = url;

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg 6.19.3 runs a migration by splitting it on every ";", even one inside a comment, a
 * string or a function body. PostgreSQL takes a multi-statement script whole (simple query
 * protocol, one implicit transaction), so the script is sent as written.
 */
function sendScriptsWhole(adapter: PgAdapter) {
  const pool = adapter.underlyingDriver() as Pool;
  const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      reportError(error);
    }
  };
  return adapter;
}

class PrismaPgWholeScripts extends PrismaPg {
  async connect() {
    return sendScriptsWhole(await super.connect());
  }
  async connectToShadowDb() {
    return sendScriptsWhole(await super.connectToShadowDb());
  }
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql" ? new PrismaPgWholeScripts(pgPoolConfig(url)) : new PrismaBetterSQLite3({ url });
  },
});
