// Prisma CLI configuration. The WASM schema engine ("js" engine + driver adapter) is used because
// the native engines cannot be downloaded on offline machines (see README, "Database").
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { DEFAULT_DATABASE_URL, databaseProvider, pgPoolConfig } from "./lib/db-url";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const provider = databaseProvider(url);
process.env.DATABASE_URL = url;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql" ? new PrismaPg(pgPoolConfig(url)) : new PrismaBetterSQLite3({ url });
  },
});
