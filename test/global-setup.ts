import type { TestProject } from "vitest/node";
import Database from "better-sqlite3";
import { dropPostgres, dropSqlite, preparePostgres, prepareSqlite } from "./prepare-database";
import { TEST_WORKERS, workerDatabase } from "./test-databases";

/**
 * Each Vitest project gets a fresh database before its tests and loses it after them; a SQLite
 * project whose files run side by side (PORTICO_DATABASE_PER_WORKER) gets a copy per worker.
 */
export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL;
  if (!url) throw new Error("vitest project without DATABASE_URL");
  const sqlite = url.startsWith("file:");
  const copies = sqlite && project.config.env.PORTICO_DATABASE_PER_WORKER ? Array.from({ length: TEST_WORKERS }, (_, i) => workerDatabase(url, i + 1)) : [];
  if (sqlite) {
    prepareSqlite(url);
    const migrated = new Database(url.slice("file:".length));
    for (const copy of copies) {
      dropSqlite(copy);
      migrated.exec(`VACUUM INTO '${copy.slice("file:".length).replaceAll("'", "''")}'`);
    }
    migrated.close();
  } else await preparePostgres(url);
  return async () => {
    if (sqlite) for (const file of [url, ...copies]) dropSqlite(file);
    else await dropPostgres(url);
  };
}
