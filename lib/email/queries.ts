import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { OUTBOX_PAGE_SIZE, emailIdSchema, outboxPageSchema } from "./schema";
import { maskSecrets } from "./mask";

// The outbox is for admins only: messages hold initial passwords and reset links. Both reads
// return null to anyone else, so a page can answer 404 without a hint.

type ViewerLike = Pick<Viewer, "id" | "role">;

const listSelect = {
  id: true,
  to: true,
  subject: true,
  kind: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailMessageSelect;

export type OutboxItem = Prisma.EmailMessageGetPayload<{ select: typeof listSelect }>;

/** One page of stored messages, newest first. */
export async function listOutbox(viewer: ViewerLike, rawPage: unknown) {
  if (!isAdmin(viewer)) return null;
  const page = outboxPageSchema.parse(rawPage);
  const [items, total] = await Promise.all([
    db.emailMessage.findMany({
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    }),
    db.emailMessage.count(),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** One message with its plain-text body (never its HTML, which is not shown). */
export async function getOutboxEmail(viewer: ViewerLike, rawId: unknown) {
  if (!isAdmin(viewer)) return null;
  const id = emailIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const email = await db.emailMessage.findUnique({
    where: { id: id.data },
    select: { ...listSelect, text: true, provider: true, providerId: true },
  });
  return email ? { ...email, ...maskSecrets(email.kind, email.text) } : null;
}
