// `npm run bench -- --queries`: how Portico's hot reads scale with the size of the ticket table, on a
// throw-away SQLite database. Prints ratios (time at the large size / time at the small size)
// measured in this one run; a ratio near 1 means the read does not grow with the table.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { prepareSqlite } from "../test/prepare-database";

const file = path.join(".test-data", `bench-${process.pid}.db`);
mkdirSync(".test-data", { recursive: true });
process.env.DATABASE_URL = `file:${file}`;
prepareSqlite(process.env.DATABASE_URL);

const SMALL = 2_000;
const LARGE = 50_000;
const RUNS = 40;

async function median(fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn(); // warm-up
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
  const { listMyTickets, getTicket } = await import("@/lib/tickets/queries");
  const { countQueueViews, listQueue } = await import("@/lib/tickets/queue");
  const category = await db.ticketCategory.create({ data: { slug: "bench", nameEn: "Bench", nameEs: "Bench" } });
  const agent = await db.user.create({ data: { email: "agent@bench.test", name: "Agent", role: "AGENT" } });
  const customers = await Promise.all(
    Array.from({ length: 500 }, (_, i) => db.user.create({ data: { email: `c${i}@bench.test`, name: `Customer ${i}` } })),
  );
  const me = customers[0];

  let made = 0;
  async function growTo(total: number) {
    while (made < total) {
      const batch = Math.min(1_000, total - made);
      await db.ticket.createMany({
        data: Array.from({ length: batch }, (_, i) => {
          const n = made + i;
          // "me" keeps 30 tickets whatever the table size; the rest are spread over everyone else.
          const requester = n < 30 ? me : customers[1 + (n % (customers.length - 1))];
          return {
            subject: `Ticket ${n}`,
            description: "Something is broken.",
            categoryId: category.id,
            requesterId: requester.id,
            createdById: requester.id,
            status: (["NEW", "OPEN", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"] as const)[n % 5],
            priority: (["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const)[n % 4],
            // One ticket in seven is the agent's.
            assigneeId: n % 7 === 0 ? agent.id : null,
          };
        }),
      });
      made += batch;
    }
  }

  const viewer = { id: me.id, role: "CUSTOMER" as const };
  const staff = { id: agent.id, role: "AGENT" as const };
  const reads = {
    "My tickets, page 1 (customer)": () => listMyTickets(viewer, { page: 1 }),
    "One ticket with its history": () => getTicket(viewer, 1),
    "Agent queue, all open, page 1": () => listQueue(staff, { view: "open" }),
    "Agent queue, unassigned": () => listQueue(staff, { view: "unassigned" }),
    "Agent queue, mine": () => listQueue(staff, { view: "mine" }),
    "Agent queue, status New": () => listQueue(staff, { view: "NEW" }),
    "Agent queue, all open by priority": () => listQueue(staff, { view: "open", sort: "priority" }),
    "Agent queue, all open, oldest first": () => listQueue(staff, { view: "open", sort: "oldest" }),
    "Agent queue, high priority, 7+ days": () => listQueue(staff, { view: "open", priority: "HIGH", olderThan: "7" }),
    "Agent queue view counts (tabs)": () => countQueueViews(staff),
  };

  await growTo(SMALL);
  const small: Record<string, number> = {};
  for (const [name, fn] of Object.entries(reads)) small[name] = await median(fn);
  await growTo(LARGE);
  console.log(`Median of ${RUNS} runs at ${SMALL.toLocaleString("en")} and at ${LARGE.toLocaleString("en")} tickets (${LARGE / SMALL}× the rows):`);
  for (const [name, fn] of Object.entries(reads)) {
    const large = await median(fn);
    const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(9);
    console.log(`  ${name.padEnd(36)} ${ms(small[name])} → ${ms(large)}   ratio ${(large / small[name]).toFixed(2)}`);
  }
  console.log("The queue's ratios include counting the matching tickets for its pagination.");
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
