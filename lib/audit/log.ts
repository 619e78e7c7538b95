import "server-only";
import type { Db } from "@/lib/db";

type Tx = Pick<Db, "auditLog">;
export type AuditEntry = { actorId: string | null; action: string; targetType: string; targetId: string | number; data?: object };

const row = (entry: AuditEntry) => ({
  actorId: entry.actorId,
  action: entry.action,
  targetType: entry.targetType,
  targetId: String(entry.targetId),
  data: JSON.stringify(entry.data ?? {}),
});

/** Appends to the audit log. `data` must never hold secrets (passwords, tokens). */
export async function audit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({ data: row(entry) });
}

/** Appends one entry per changed record (a bulk change, an import) in a single statement. */
export async function auditMany(tx: Tx, entries: AuditEntry[]) {
  if (entries.length > 0) await tx.auditLog.createMany({ data: entries.map(row) });
}
