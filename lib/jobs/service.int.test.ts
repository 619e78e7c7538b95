import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { defineJob } from "./index";
import { listJobFailures } from "./queries";
import { startJobRunner, type JobRunner } from "./runner";
import { retryJobFailure } from "./service";

// Who may see failed jobs and queue them again: admins only.

const ran: string[] = [];
const retriable = defineJob({
  name: "test.retriable",
  payload: z.object({ note: z.string() }),
  run: async ({ note }) => {
    ran.push(note);
  },
});

let runner: JobRunner;
beforeAll(async () => {
  runner = await startJobRunner({ pollMs: 200 });
}, 30_000);
afterAll(() => runner.stop(), 30_000);

const failure = (note: string) =>
  db.jobFailure.create({ data: { name: retriable.name, payload: JSON.stringify({ note }), error: "Error: provider down", attempts: 4 } });

describe("failed jobs", () => {
  it("are listed for admins only", async () => {
    const row = await failure("listed");
    const [admin, agent, customer] = await Promise.all([makeUser("ADMIN"), makeUser("AGENT"), makeUser("CUSTOMER")]);
    expect(await listJobFailures(agent, 1)).toBeNull();
    expect(await listJobFailures(customer, 1)).toBeNull();
    const list = await listJobFailures(admin, 1);
    expect(list?.items.map((i) => i.id)).toContain(row.id);
  });

  it("an agent or a customer cannot retry one; nothing is queued", async () => {
    const row = await failure("refused");
    for (const viewer of [await makeUser("AGENT"), await makeUser("CUSTOMER")]) {
      expect(await retryJobFailure(viewer, { id: row.id })).toEqual({ ok: false, message: "errors.notFound", fieldErrors: undefined });
    }
    expect((await db.jobFailure.findUniqueOrThrow({ where: { id: row.id } })).retriedAt).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran).not.toContain("refused");
  });

  it("an admin's retry queues the same payload once, leaves the list and is audited", async () => {
    const admin = await makeUser("ADMIN");
    const row = await failure("again");
    expect(await retryJobFailure(admin, { id: row.id })).toEqual({ ok: true, data: undefined });
    expect(await retryJobFailure(admin, { id: row.id })).toMatchObject({ ok: false, message: "errors.alreadyRetried" });
    const deadline = Date.now() + 15_000;
    while (!ran.includes("again") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran.filter((n) => n === "again")).toHaveLength(1);
    expect((await listJobFailures(admin, 1))?.items.map((i) => i.id)).not.toContain(row.id);
    expect(await db.auditLog.count({ where: { action: "job.retry", targetId: row.id, actorId: admin.id } })).toBe(1);
  });

  it("refuses an unknown id", async () => {
    expect(await retryJobFailure(await makeUser("ADMIN"), { id: "nope" })).toMatchObject({ ok: false, message: "errors.notFound" });
  });
});
