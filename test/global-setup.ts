import type { TestProject } from "vitest/node";
import { preparePostgres, prepareSqlite } from "./prepare-database";

export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL;
  if (!url) throw new Error("vitest project without DATABASE_URL");
  if (url.startsWith("file:")) prepareSqlite(url);
  else await preparePostgres(url);
}
