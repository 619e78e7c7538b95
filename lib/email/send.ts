import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { EmailStatus } from "@/generated/prisma-sqlite/enums";
import { transportFor, type DeliveryOutcome, type EmailTransport } from "./transports";

// Every message is stored before it is sent, so a failed send is never lost: it stays QUEUED and
// is tried again with a growing delay, until MAX_ATTEMPTS failures make it FAILED.

export const MAX_ATTEMPTS = 6;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;
// A claimed row is not due again for this long: longer than one send can take (15 s timeout).
const CLAIM_MS = 2 * 60_000;
const ERROR_MAX = 1000;
const BATCH = 50;

/** The wait after `failedAttempts` failures: 1 min, 5, 25, 125 … at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 5 ** Math.max(0, failedAttempts - 1), LONGEST_RETRY_MS);
}

const outgoingSchema = z.object({
  to: z.email().max(320),
  // A subject is one line; names put into it must not add header lines.
  subject: z.string().trim().min(1).max(500).transform((s) => s.replace(/[\r\n]+/g, " ")),
  text: z.string().min(1),
  html: z.string().min(1),
  kind: z.string().min(1).max(64),
});

export type OutgoingEmail = z.input<typeof outgoingSchema>;
export type SendResult = { id: string; status: EmailStatus };

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
 * Records the message, then tries to deliver it once. A QUEUED result means it will be retried by
 * deliverDueEmails; an invalid message (bad address, empty body) is a programming error and throws.
 */
export async function sendEmail(input: OutgoingEmail): Promise<SendResult> {
  const message = outgoingSchema.parse(input);
  const now = new Date();
  // Stored already claimed by this first attempt, so a concurrent deliverDueEmails leaves it alone.
  const row = await db.emailMessage.create({
    data: { ...message, attempts: 1, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
    select: { id: true },
  });
  const status = await attempt({ id: row.id, ...message }, 1, now);
  // Opportunistic and cheap: a send that worked means the provider is up, so flush any backlog without making the caller wait.
  if (status === "SENT") flushInBackground();
  return { id: row.id, status };
}

/**
 * Retries the QUEUED messages whose time has come, oldest first, at most `limit` of them. Safe to
 * run from several processes at once: each row is claimed with a conditional update first.
 */
export async function deliverDueEmails(now = new Date(), limit = BATCH): Promise<Record<EmailStatus, number>> {
  const due = await db.emailMessage.findMany({
    where: { status: "QUEUED", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: deliverySelect,
  });
  const counts: Record<EmailStatus, number> = { SENT: 0, QUEUED: 0, FAILED: 0 };
  for (const row of due) {
    if (!(await claim(row, now))) continue;
    counts[await attempt(row, row.attempts + 1, now)] += 1;
  }
  return counts;
}

/**
 * One more attempt at a QUEUED or FAILED message, now, whatever its schedule. Null when it does not
 * exist, was sent already, or another worker claimed it first. No authorization: see service.ts.
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

let flushing = false;
function flushInBackground() {
  if (flushing) return;
  flushing = true;
  deliverDueEmails()
    .catch((error: unknown) => console.error("email: background delivery of due messages failed", error))
    .finally(() => {
      flushing = false;
    });
}
