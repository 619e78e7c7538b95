import "server-only";
import type { Db } from "@/lib/db";

type Tx = Pick<Db, "auditLog">;

/** Appends to the audit log. `data` must never hold secrets (passwords, tokens). */
export async function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; targetType: string; targetId: string | number; data?: object },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      data: JSON.stringify(entry.data ?? {}),
    },
  });
}
