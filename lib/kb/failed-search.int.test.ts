import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logFailedSearch } from "./service";

const word = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;
const rowsFor = (query: string) => db.kbFailedSearch.count({ where: { query } });

describe("failed KB searches are recorded within bounds", () => {
  it("records at most a few rows an hour for one visitor, however often they search", async () => {
    const query = word();
    const source = `ip:${word()}`;
    for (let i = 0; i < 60; i++) await logFailedSearch(query, source);
    const rows = await rowsFor(query);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(20);
  });

  it("stops recording for everyone once the hour's budget is spent", async () => {
    const since = new Date(Date.now() - 60 * 60 * 1000);
    const already = await db.kbFailedSearch.count({ where: { createdAt: { gte: since } } });
    const query = word();
    for (let i = 0; i < 10; i++) await logFailedSearch(query, `ip:${word()}`, { perSourcePerHour: 20, perHour: already + 3 });
    expect(await rowsFor(query)).toBe(3);
  });
});
