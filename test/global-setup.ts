import type { TestProject } from "vitest/node";
import { dropPostgres, dropSqlite, preparePostgres, prepareSqlite } from "./prepare-database";

/** Each Vitest project gets a fresh database before its tests and loses it after them. */
export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL;
  if (!url) throw new Error("vitest project without DATABASE_URL");
  const sqlite = url.startsWith("file:");
  if (sqlite) prepareSqlite(url);
  else await preparePostgres(url);
  return async () => {
    if (sqlite) dropSqlite(url);
    else await dropPostgres(url);
  };
}
