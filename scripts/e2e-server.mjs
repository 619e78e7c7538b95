// The server the browser tests drive: a fresh database (a SQLite file, or a PostgreSQL database
// dropped and created again) migrated as a deployment is, with the ticket categories, then the
// production build. Started by playwright.config.ts.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { migrate } from "./db.mjs";

const url = process.env.DATABASE_URL;
if (url?.startsWith("file:")) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(url.slice(5) + suffix, { force: true });
} else if (url?.startsWith("postgres")) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.startsWith("portico_e2e_")) throw new Error(`e2e-server: refusing to drop ${name}, not a portico_e2e_ database`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
} else {
  throw new Error("e2e-server: DATABASE_URL must be a file: or postgresql: URL");
}
await migrate(url);
execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/seed.ts"], { stdio: "inherit" });
const server = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", process.env.PORT ?? "3100"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
