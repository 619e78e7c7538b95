// `npm run bench`: three measurements, each printed as ratios taken within one run.
//   1. queries (scripts/bench-queries.ts): how the ticket reads scale with the size of the table.
//   2. assets (scripts/bench-assets.ts, also `npm run bench:assets`): how the console's asset list
//      scales from 2,000 to 50,000 assets.
//   3. load (scripts/bench-load.ts): the production build under 50 concurrent users, every read
//      route against a reference page, on SQLite and PostgreSQL; first-load JS per route.
// `npm run bench -- --queries`, `-- --assets` or `-- --load` runs one; the load run's flags are in its file.
// `npm run bench -- --js-only`: the first-load JavaScript of every page alone (part of the load run).
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const PARTS = ["queries", "assets", "load"] as const;
const only = args.includes("--js-only") ? "load" : PARTS.find((part) => args.includes(`--${part}`));
const parts = only ? [only] : PARTS;
for (const part of parts) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/bench-${part}.ts`, ...args], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
