import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { EmailStatus } from "@/generated/prisma-sqlite/enums";
import { transportFor, type DeliveryOutcome, type EmailTransport } from "./transports";

// One delivery attempt at a stored message, run by the "email.deliver" job (jobs.ts) and by an
// admin's "Retry now". The job retries a failed attempt on schedule (1, 2, 4, 8, 16 minutes
// later); after MAX_ATTEMPTS failures the message is FAILED.

export const MAX_ATTEMPTS = 6;
export const DELIVERY_RETRY = { limit: MAX_ATTEMPTS - 1, backoffSeconds: 60 };
// A claimed row is not due again for this long: longer than one send can take (15 s timeout).
const CLAIM_MS = 2 * 60_000;
const ERROR_MAX = 1000;

/** When the job tries again after `failedAttempts` failures: 1 min, 2, 4, 8, 16 (pg-boss adds jitter). */
export function retryDelayMs(failedAttempts: number): number {
  return DELIVERY_RETRY.backoffSeconds * 1000 * 2 ** Math.max(0, failedAttempts - 1);
}

export const outgoingSchema = z.object({
  to: z.email().max(320),
  // A subject is one line; names put into it must not add header lines.
  subject: z.string().trim().min(1).max(500).transform((s) => s.replace(/[\r\n]+/g, " ")),
  text: z.string().min(1),
  html: z.string().min(1),
  kind: z.string().min(1).max(64),
});

let transport: EmailTransport | undefined;
function currentTransport(): EmailTransport {
  return (transport ??= transportFor(env));
}

const deliverySelect = {
  id: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  to: true,
  subject: true,
  text: true,
  html: true,
} satisfies Prisma.EmailMessageSelect;

type DeliveryRow = Prisma.EmailMessageGetPayload<{ select: typeof deliverySelect }>;

/**
 * One more attempt at a QUEUED or FAILED message, now. Null when it does not exist, was sent
 * already, or another worker claimed it first. No authorization: see service.ts.
 */
export async function deliverAgain(id: string, now = new Date()): Promise<EmailStatus | null> {
  const row = await db.emailMessage.findUnique({ where: { id }, select: deliverySelect });
  if (!row || row.status === "SENT") return null;
  // A row in flight elsewhere looks like one waiting for its retry; the provider's idempotency key
  // (the row id) keeps that rare overlap from sending twice.
  if (!(await claim(row, now))) return null;
  return attempt(row, row.attempts + 1, now);
}

/** Compare-and-set on the state that was read: of two workers that read the same row, one wins. */
async function claim(row: DeliveryRow, now: Date): Promise<boolean> {
  const { count } = await db.emailMessage.updateMany({
    where: { id: row.id, status: row.status, attempts: row.attempts, nextAttemptAt: row.nextAttemptAt },
    data: { status: "QUEUED", attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
  });
  return count === 1;
}

/** Delivers a claimed row and records the outcome; `attempts` counts this attempt. */
async function attempt(row: Pick<DeliveryRow, "id" | "to" | "subject" | "text" | "html">, attempts: number, now: Date): Promise<EmailStatus> {
  const backend = currentTransport();
  let outcome: DeliveryOutcome;
  try {
    outcome = await backend.deliver({ id: row.id, to: row.to, subject: row.subject, text: row.text, html: row.html });
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.ok) {
    await db.emailMessage.update({
      where: { id: row.id },
      data: { status: "SENT", provider: backend.name, providerId: outcome.providerId, sentAt: now },
    });
    return "SENT";
  }
  const status: EmailStatus = attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED";
  await db.emailMessage.update({
    where: { id: row.id },
    data: {
      status,
      provider: backend.name,
      lastError: outcome.error.slice(0, ERROR_MAX) || "unknown error",
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
    },
  });
  return status;
}
