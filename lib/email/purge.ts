import "server-only";
import { db } from "@/lib/db";

// Messages that carried a generated password keep their record (to, subject, kind, status,
// dates) but lose their body a day after delivery: long enough for an admin reading the outbox
// of an install without a mail provider, short enough that the outbox is no password store.

export const GENERATED_PASSWORD_KINDS = ["passwordInitialized"];
export const PURGE_AFTER_MS = 24 * 60 * 60_000;

/** Empties the bodies due for it; returns how many. The outbox shows an empty body as removed. */
export async function purgeDeliveredPasswords(now = new Date()): Promise<number> {
  const { count } = await db.emailMessage.updateMany({
    where: { kind: { in: GENERATED_PASSWORD_KINDS }, status: "SENT", sentAt: { lte: new Date(now.getTime() - PURGE_AFTER_MS) }, NOT: { text: "" } },
    data: { text: "", html: "" },
  });
  return count;
}
