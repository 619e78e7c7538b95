import path from "node:path";

// The throw-away databases of one test run, named after the run's process so that runs side by
// side do not share them. PostgreSQL is skipped only when TEST_POSTGRES_URL is an empty string.
const run = process.env.PORTICO_TEST_RUN ?? String(process.pid);
process.env.PORTICO_TEST_RUN = run;

export const SQLITE_TEST_URL = `file:${path.join(".test-data", `vitest-${run}.db`)}`;

const postgresBase = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/portico_vitest";
export const POSTGRES_TEST_URL = postgresBase ? `${postgresBase}_${run}` : "";

/** The database of the files that change the settings row (vitest.config.ts), beside `url`. */
export function settingsDatabase(url: string) {
  return url.startsWith("file:") ? url.replace(/\.db$/, "-settings.db") : `${url}_settings`;
}
