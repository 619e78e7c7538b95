import "server-only";
import { db, type Db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { answerSchema, confirmationIdSchema, newRequestSchema, sameName, type AnswerInput, type NewRequestInput } from "./schema";
import { canonicalJson, receiptHash, sha256Hex, type Snapshot } from "./snapshot";
import { sendReminder } from "./reminders";

// Confirmations: agents ask people to acknowledge something; people confirm or decline, signed.
// An answer is written once, by a conditional update from PENDING, and never changed afterwards.
// Messages are keys of the "confirmations" catalogue.

type ViewerLike = Pick<Viewer, "id" | "role" | "name">;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Freezes what is to be confirmed and sends it to the people named (portal users only). Inside
 * `tx` (an asset check-out) it reads and writes in that transaction, so both stand or fall together.
 */
export async function createConfirmationRequest(viewer: ViewerLike, input: NewRequestInput, tx?: Tx): Promise<ActionResult<{ id: string }>> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const parsed = newRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const v = parsed.data;
  const client = tx ?? db;
  const emails = [...new Set(v.recipients)];
  const people = await client.user.findMany({ where: { email: { in: emails }, role: "CUSTOMER" }, select: { id: true, email: true } });
  const unknown = emails.filter((e) => !people.some((p) => p.email === e));
  if (unknown.length > 0) return fail("errors.invalid", { recipients: ["errors.recipientUnknown"] });

  const snapshot: Snapshot = { format: 1, kind: v.kind, title: v.title, requestedBy: viewer.name, requestedAt: new Date().toISOString() };
  let documentVersionId: string | null = null;
  if (v.kind === "POLICY_TEXT") snapshot.text = v.text;
  if (v.kind === "DOCUMENT_VERSION") {
    const version = await client.documentVersion.findUnique({
      where: { id: v.documentVersionId },
      select: { id: true, number: true, fileName: true, contentType: true, size: true, sha256: true, document: { select: { id: true, title: true } } },
    });
    if (!version) return fail("errors.invalid", { documentVersionId: ["errors.versionRequired"] });
    documentVersionId = version.id;
    snapshot.document = {
      documentId: version.document.id, title: version.document.title, versionNumber: version.number,
      fileName: version.fileName, contentType: version.contentType, size: version.size, sha256: version.sha256,
    };
    if (v.text) snapshot.text = v.text;
  }
  if (v.kind === "ASSET_HANDOVER" || v.kind === "ASSET_RETURN") {
    const ids = [...new Set(v.assetIds)];
    const assets = await client.asset.findMany({ where: { id: { in: ids } }, select: { id: true, tag: true, name: true, serialNumber: true }, orderBy: { tag: "asc" } });
    if (assets.length !== ids.length) return fail("errors.invalid", { assetIds: ["errors.assetsInvalid"] });
    snapshot.assets = assets.map((a) => ({ assetTag: a.tag, name: a.name, serialNumber: a.serialNumber }));
    if (v.text) snapshot.text = v.text;
  }
  const json = canonicalJson(snapshot);
  const write = async (t: Tx) => {
    const row = await t.confirmationRequest.create({
      data: {
        kind: v.kind, title: v.title, snapshot: json, snapshotSha256: sha256Hex(json), documentVersionId, createdById: viewer.id,
        recipients: { create: people.map((p) => ({ userId: p.id })) },
      },
      select: { id: true },
    });
    await audit(t, { actorId: viewer.id, action: "confirmation.create", targetType: "ConfirmationRequest", targetId: row.id, data: { kind: v.kind, recipients: people.length } });
    return row;
  };
  return ok(tx ? await write(tx) : await db.$transaction(write));
}

/** Withdraws a request: its pending answers become WITHDRAWN; given answers stay as they are. */
export async function withdrawConfirmationRequest(viewer: ViewerLike, rawId: unknown): Promise<ActionResult> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = confirmationIdSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const outcome = await db.$transaction(async (tx) => {
    const found = await tx.confirmationRequest.updateMany({ where: { id: id.data, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    if (found.count === 0) return (await tx.confirmationRequest.count({ where: { id: id.data } })) ? "already" : "missing";
    await tx.confirmationRecipient.updateMany({ where: { requestId: id.data, state: "PENDING" }, data: { state: "WITHDRAWN" } });
    await audit(tx, { actorId: viewer.id, action: "confirmation.withdraw", targetType: "ConfirmationRequest", targetId: id.data });
    return "done";
  });
  if (outcome === "missing") return fail("errors.notFound");
  if (outcome === "already") return fail("errors.alreadyWithdrawn");
  return ok(undefined);
}

export type AnswerMeta = { ip: string | null; userAgent: string | null };

/**
 * The viewer confirms (or declines) one or several of their pending requests with one signature.
 * All or nothing: another person's id is answered like an unknown one, and one request that is no
 * longer pending refuses the whole answer.
 */
export async function answerConfirmations(viewer: Pick<Viewer, "id" | "name">, input: AnswerInput, meta: AnswerMeta): Promise<ActionResult<{ count: number }>> {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const a = parsed.data;
  const ids = [...new Set(a.recipientIds)];
  const account = await db.user.findUnique({ where: { id: viewer.id }, select: { name: true } });
  if (!account) return fail("errors.notFound");
  if (!sameName(a.signatureName, account.name)) return fail("errors.invalid", { signatureName: ["errors.signatureMismatch"] });
  const rows = await db.confirmationRecipient.findMany({
    where: { id: { in: ids }, userId: viewer.id },
    select: { id: true, state: true, requestId: true, request: { select: { snapshotSha256: true, withdrawnAt: true } } },
  });
  if (rows.length !== ids.length) return fail("errors.notFound");
  if (rows.some((r) => r.state === "WITHDRAWN" || r.request.withdrawnAt)) return fail("errors.withdrawn");
  if (rows.some((r) => r.state !== "PENDING")) return fail("errors.alreadyAnswered");

  const respondedAt = new Date();
  const state = a.decision === "confirm" ? "CONFIRMED" : "DECLINED";
  const ip = meta.ip?.slice(0, 100) ?? null;
  const userAgent = meta.userAgent?.slice(0, 500) ?? null;
  const comment = a.comment || null;
  try {
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        const record = { requestId: row.requestId, recipientId: row.id, userId: viewer.id, snapshotSha256: row.request.snapshotSha256, state, signatureName: a.signatureName, respondedAt, ip, userAgent, comment };
        // Only from PENDING: a second answer arriving at the same moment finds nothing to update.
        const done = await tx.confirmationRecipient.updateMany({
          where: { id: row.id, userId: viewer.id, state: "PENDING", request: { withdrawnAt: null } },
          data: { state, signatureName: a.signatureName, respondedAt, ip, userAgent, comment, receiptSha256: receiptHash(record) },
        });
        if (done.count !== 1) throw new AnswerConflict();
      }
      await audit(tx, { actorId: viewer.id, action: `confirmation.${a.decision}`, targetType: "ConfirmationRecipient", targetId: ids.join(","), data: { count: ids.length } });
    });
  } catch (error) {
    if (error instanceof AnswerConflict) return fail("errors.alreadyAnswered");
    throw error;
  }
  return ok({ count: rows.length });
}

class AnswerConflict extends Error {}

/** An agent reminds one pending person by hand now (counted like the automatic reminders). */
export async function remindByHand(viewer: ViewerLike, rawRecipientId: unknown): Promise<ActionResult> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const id = confirmationIdSchema.safeParse(rawRecipientId);
  if (!id.success) return fail("errors.notFound");
  const row = await db.confirmationRecipient.findUnique({ where: { id: id.data }, select: { id: true, state: true, reminderCount: true, lastRemindedAt: true, request: { select: { withdrawnAt: true } } } });
  if (!row) return fail("errors.notFound");
  if (row.state !== "PENDING" || row.request.withdrawnAt) return fail("errors.notPending");
  const sent = await sendReminder(row, new Date());
  if (!sent) return fail("errors.notPending");
  await audit(db, { actorId: viewer.id, action: "confirmation.remind", targetType: "ConfirmationRecipient", targetId: row.id });
  return ok(undefined);
}
