import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { CONFIRMATIONS_PAGE_SIZE, confirmationIdSchema } from "./schema";
import { receiptHash, sha256Hex, type Snapshot } from "./snapshot";

type ViewerLike = Pick<Viewer, "id" | "role">;

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The console's list of requests, newest first, with how many answered which way. */
export async function listRequestsForStaff(viewer: ViewerLike, rawPage: unknown = 1) {
  if (!isStaff(viewer)) return null;
  const page = pageSchema.parse(rawPage);
  const [rows, total] = await Promise.all([
    db.confirmationRequest.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CONFIRMATIONS_PAGE_SIZE,
      take: CONFIRMATIONS_PAGE_SIZE,
      select: { id: true, kind: true, title: true, createdAt: true, withdrawnAt: true, createdBy: { select: { name: true } } },
    }),
    db.confirmationRequest.count(),
  ]);
  const counts = await db.confirmationRecipient.groupBy({ by: ["requestId", "state"], where: { requestId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const items = rows.map((r) => {
    const of = (state: string) => counts.find((c) => c.requestId === r.id && c.state === state)?._count._all ?? 0;
    return { ...r, confirmed: of("CONFIRMED"), declined: of("DECLINED"), pending: of("PENDING"), withdrawn: of("WITHDRAWN") };
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / CONFIRMATIONS_PAGE_SIZE)) };
}

/** One request with every recipient's state, for the console. */
export async function getRequestForStaff(viewer: ViewerLike, rawId: unknown) {
  const id = confirmationIdSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success) return null;
  const request = await db.confirmationRequest.findUnique({
    where: { id: id.data },
    select: {
      id: true, kind: true, title: true, snapshot: true, snapshotSha256: true, createdAt: true, withdrawnAt: true, documentVersionId: true,
      createdBy: { select: { name: true } },
      recipients: {
        orderBy: [{ state: "asc" }, { createdAt: "asc" }],
        select: { id: true, state: true, respondedAt: true, signatureName: true, comment: true, reminderCount: true, lastRemindedAt: true, user: { select: { name: true, email: true } } },
      },
    },
  });
  return request ? { ...request, snapshot: JSON.parse(request.snapshot) as Snapshot } : null;
}

/** A spreadsheet cell: quoted, and text that a spreadsheet would run as a formula made inert. */
function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Who confirmed, declined or is pending for one request, as CSV (UTF-8, CRLF lines). */
export async function requestCsv(viewer: ViewerLike, rawId: unknown): Promise<{ title: string; csv: string } | null> {
  const request = await getRequestForStaff(viewer, rawId);
  if (!request) return null;
  const header = ["name", "email", "state", "respondedAt", "signature", "comment", "reminders", "lastRemindedAt"];
  const lines = request.recipients.map((r) =>
    [r.user.name, r.user.email, r.state, r.respondedAt?.toISOString() ?? null, r.signatureName, r.comment, r.reminderCount, r.lastRemindedAt?.toISOString() ?? null].map(csvCell).join(","),
  );
  return { title: request.title, csv: [header.map(csvCell).join(","), ...lines].join("\r\n") + "\r\n" };
}

const mySelect = {
  id: true, state: true, respondedAt: true,
  request: { select: { id: true, kind: true, title: true, createdAt: true, withdrawnAt: true, createdBy: { select: { name: true } } } },
} as const;

/** The viewer's requests: pending ones first (oldest first), then the answered ones. */
export const MY_PENDING_PAGE_SIZE = 50;
export const MY_DONE_PAGE_SIZE = 20;

/** The viewer's pending requests (oldest first) and answered ones (newest first), a page of each. */
export async function listMyConfirmations(viewer: Pick<Viewer, "id">, raw: { pending?: unknown; done?: unknown } = {}) {
  const pendingPage = pageSchema.parse(raw.pending ?? 1);
  const donePage = pageSchema.parse(raw.done ?? 1);
  const pendingWhere = { userId: viewer.id, state: "PENDING" as const, request: { withdrawnAt: null } };
  const doneWhere = { userId: viewer.id, state: { in: ["CONFIRMED" as const, "DECLINED" as const] } };
  const [pending, pendingTotal, done, doneTotal] = await Promise.all([
    db.confirmationRecipient.findMany({ where: pendingWhere, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: (pendingPage - 1) * MY_PENDING_PAGE_SIZE, take: MY_PENDING_PAGE_SIZE, select: mySelect }),
    db.confirmationRecipient.count({ where: pendingWhere }),
    db.confirmationRecipient.findMany({ where: doneWhere, orderBy: [{ respondedAt: "desc" }, { id: "asc" }], skip: (donePage - 1) * MY_DONE_PAGE_SIZE, take: MY_DONE_PAGE_SIZE, select: mySelect }),
    db.confirmationRecipient.count({ where: doneWhere }),
  ]);
  const pages = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
  return {
    pending, pendingTotal, pendingPage, pendingPageCount: pages(pendingTotal, MY_PENDING_PAGE_SIZE),
    done, doneTotal, donePage, donePageCount: pages(doneTotal, MY_DONE_PAGE_SIZE),
  };
}

/**
 * One answer with everything its receipt shows, or null: staff see any; a person only their own
 * (another person's looks like an unknown id). The hashes are recomputed from the stored rows, so
 * a record changed behind Portico's back shows as such.
 */
export async function getConfirmationRecord(viewer: ViewerLike, rawId: unknown) {
  const id = confirmationIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const row = await db.confirmationRecipient.findFirst({
    where: { id: id.data, ...(isStaff(viewer) ? {} : { userId: viewer.id }) },
    select: {
      id: true, userId: true, state: true, signatureName: true, respondedAt: true, ip: true, userAgent: true, comment: true, receiptSha256: true, createdAt: true,
      user: { select: { name: true, email: true } },
      request: { select: { id: true, kind: true, title: true, snapshot: true, snapshotSha256: true, documentVersionId: true, createdAt: true, withdrawnAt: true, createdBy: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const answered = row.state === "CONFIRMED" || row.state === "DECLINED";
  const snapshotIntact = sha256Hex(row.request.snapshot) === row.request.snapshotSha256;
  const recordIntact =
    answered &&
    row.receiptSha256 ===
      receiptHash({
        requestId: row.request.id, recipientId: row.id, userId: row.userId, snapshotSha256: row.request.snapshotSha256, state: row.state,
        signatureName: row.signatureName, respondedAt: row.respondedAt, ip: row.ip, userAgent: row.userAgent, comment: row.comment,
      });
  const pending = row.state === "PENDING" && !row.request.withdrawnAt;
  return { ...row, answered, pending, intact: snapshotIntact && recordIntact, snapshotData: JSON.parse(row.request.snapshot) as Snapshot };
}

export type ConfirmationRecord = NonNullable<Awaited<ReturnType<typeof getConfirmationRecord>>>;

/** Equipment to choose for a hand-over or return (tag, name, serial are what the snapshot keeps). */
export async function listAssetChoices(viewer: ViewerLike) {
  if (!isStaff(viewer)) return [];
  return db.asset.findMany({ orderBy: { tag: "asc" }, take: 500, select: { id: true, tag: true, name: true, serialNumber: true } });
}

/** How many requests wait for the viewer's answer (the home tile); withdrawn ones no longer do. */
export async function pendingConfirmationCount(viewer: Pick<Viewer, "id">): Promise<number> {
  return db.confirmationRecipient.count({ where: { userId: viewer.id, state: "PENDING", request: { withdrawnAt: null } } });
}
