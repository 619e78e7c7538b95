import { describe, expect, it } from "vitest";
import type { RealtimeEvent } from "./bus";
import { notifyPayloads } from "./postgres";

describe("NOTIFY payloads", () => {
  it("events published together are one payload, in order", () => {
    const payloads = notifyPayloads([
      ["chat:c1", { type: "chat.message", conversationId: "c1", seq: 4 }],
      ["user:u1", { type: "chat.changed", conversationId: "c1" }],
    ]);
    expect(payloads).toHaveLength(1);
    expect(JSON.parse(payloads[0])).toEqual([
      { topic: "chat:c1", event: { type: "chat.message", conversationId: "c1", seq: 4 } },
      { topic: "user:u1", event: { type: "chat.changed", conversationId: "c1" } },
    ]);
  });

  it("more than fits in one NOTIFY (8,000 bytes) is split, nothing lost and in order", () => {
    const events: [string, RealtimeEvent][] = Array.from({ length: 100 }, (_, i) => [`ticket:${i}`, { type: "ticket.updated", ticketId: i, note: "x".repeat(150) }]);
    const payloads = notifyPayloads(events);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(payloads.flatMap((p) => JSON.parse(p) as { topic: string }[]).map((e) => e.topic)).toEqual(events.map(([topic]) => topic));
  });
});
