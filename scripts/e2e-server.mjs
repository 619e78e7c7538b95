// The server the browser tests drive: a fresh SQLite database with the ticket categories, then
// the production build. Started by playwright.config.ts.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { migrate } from "./db.mjs";

const url = process.env.DATABASE_URL;
if (!url?.startsWith("file:")) throw new Error("e2e-server: DATABASE_URL must be a file: URL");
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(url.slice(5) + suffix, { force: true });
await migrate(url);
execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/seed.ts"], { stdio: "inherit" });
const server = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", process.env.PORT ?? "3100"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
