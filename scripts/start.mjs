// `npm start`: everything a fresh install needs, then the server on http://localhost:3000.
// Creates ./data (SQLite database, files, the session secret), applies migrations, loads the demo
// data into an empty database, builds when the code changed, and serves. `--dev` runs `next dev`.
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { DEFAULT_DATABASE_URL, generateClientsIfChanged, migrate } from "./db.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
mkdirSync("data", { recursive: true });

// A secret made once per install and kept in ./data, unless the environment provides one.
if (!process.env.AUTH_SECRET) {
  const file = "data/auth-secret";
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

const step = (label) => console.log(`\n> ${label}`);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });

step("Preparing the database");
if (generateClientsIfChanged()) console.log("Prisma clients generated (the schema changed)");
await migrate(process.env.DATABASE_URL);
run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"]);

function sourceStamp() {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" });
    const changes = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" });
    return createHash("sha256").update(head + changes).digest("hex");
  } catch {
    return null; // not a git checkout: always build
  }
}

if (!dev) {
  const stamp = sourceStamp();
  const stampFile = ".next/portico-source-stamp";
  const built = existsSync(".next/BUILD_ID") && stamp && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (built && !process.argv.includes("--rebuild")) {
    step("The build is up to date");
  } else {
    step("Building (a few minutes the first time)");
    run("node_modules/.bin/next", ["build"]);
    if (stamp) writeFileSync(stampFile, stamp);
  }
}

step(`Portico on http://localhost:${port}`);
const server = spawn(process.execPath, ["scripts/serve.mjs", ...(dev ? ["--dev"] : []), "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
