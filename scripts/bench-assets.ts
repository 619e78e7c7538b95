// `npm run bench:assets`: how the console's asset list scales from 2,000 to 50,000 assets, on a
// throw-away SQLite database. Prints ratios (time at 50,000 / time at 2,000) from this one run;
// a ratio near 1 means the read does not grow with the table, 25 that it grows with every row.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { prepareSqlite } from "../test/prepare-database";

const file = path.join(".test-data", `bench-assets-${process.pid}.db`);
mkdirSync(".test-data", { recursive: true });
process.env.DATABASE_URL = `file:${file}`;
prepareSqlite(process.env.DATABASE_URL);

const SMALL = 2_000;
const LARGE = 50_000;
const RUNS = 30;
const STATUSES = ["IN_STOCK", "IN_USE", "IN_REPAIR", "RETIRED", "LOST"] as const;

async function median(fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function main() {
  const { db } = await import("@/lib/db");
  const { listAssets } = await import("@/lib/assets/queries");
  const types = await Promise.all(Array.from({ length: 12 }, (_, i) => db.assetType.create({ data: { name: `Type ${i}` } })));
  const organizations = await Promise.all(Array.from({ length: 8 }, (_, i) => db.organization.create({ data: { name: `Org ${i}` } })));
  const people = await Promise.all(Array.from({ length: 1_000 }, (_, i) => db.user.create({ data: { email: `p${i}@bench.test`, name: `Person ${i}` } })));
  const agent = await db.user.create({ data: { email: "agent@bench.test", name: "Agent", role: "AGENT" } });
  const now = Date.now();

  let made = 0;
  async function growTo(total: number) {
    while (made < total) {
      const batch = Math.min(1_000, total - made);
      const rows = Array.from({ length: batch }, (_, i) => {
        const n = made + i;
        return {
          id: `asset${n}`,
          tag: `AST-${String(n + 1).padStart(6, "0")}`,
          name: `${["Latitude", "ThinkPad", "iPhone", "Monitor", "LaserJet"][n % 5]} ${n}`,
          typeId: types[n % types.length].id,
          serialNumber: `SN${(n * 7919).toString(36).toUpperCase()}`,
          status: STATUSES[n % 5],
          organizationId: organizations[n % organizations.length].id,
          warrantyEnd: new Date(now + ((n % 1500) - 300) * 86_400_000),
          updatedAt: new Date(now - n * 60_000),
        };
      });
      await db.asset.createMany({ data: rows });
      // Every asset "in use" has an open assignment; one in three others has an ended one.
      await db.assetAssignment.createMany({
        data: rows.flatMap((r, i): { assetId: string; userId: string; assignedById: string; openAssetId?: string; endedAt?: Date; endedById?: string }[] => {
          const n = made + i;
          const user = people[n % people.length].id;
          if (r.status === "IN_USE") return [{ assetId: r.id, userId: user, openAssetId: r.id, assignedById: agent.id }];
          return n % 3 === 0 ? [{ assetId: r.id, userId: user, assignedById: agent.id, endedAt: new Date(), endedById: agent.id }] : [];
        }),
      });
      made += batch;
    }
  }

  const staff = { id: agent.id, role: "AGENT" as const };
  const reads = {
    "List, default view (last change), page 1": () => listAssets(staff, {}),
    "List, page 20": () => listAssets(staff, { page: "20" }),
    "List, sorted by tag": () => listAssets(staff, { sort: "tag" }),
    "Filter: status in use": () => listAssets(staff, { status: "IN_USE" }),
    "Filter: type": () => listAssets(staff, { type: types[3].id }),
    "Filter: warranty ends within 30 days": () => listAssets(staff, { warrantyWithin: "30" }),
    "Filter: holder (name)": () => listAssets(staff, { holder: "Person 42" }),
    "Search: a whole tag": () => listAssets(staff, { q: "AST-000777" }),
    "Search: part of a name": () => listAssets(staff, { q: "Monitor 77" }),
  };

  await growTo(SMALL);
  const small: Record<string, number> = {};
  for (const [name, fn] of Object.entries(reads)) small[name] = await median(fn);
  await growTo(LARGE);
  console.log(`Median of ${RUNS} runs at ${SMALL.toLocaleString("en")} and at ${LARGE.toLocaleString("en")} assets (${LARGE / SMALL}× the rows):`);
  for (const [name, fn] of Object.entries(reads)) {
    const large = await median(fn);
    const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(9);
    console.log(`  ${name.padEnd(42)} ${ms(small[name])} → ${ms(large)}   ratio ${(large / small[name]).toFixed(2)}`);
  }
  console.log("Each list read includes counting the matches for its pagination.");
  await db.$disconnect();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  });
