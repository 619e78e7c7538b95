import "server-only";
import { db } from "@/lib/db";

/** The ids of the assets a person holds now: what their tickets may be about. */
export async function currentAssetIds(userId: string): Promise<Set<string>> {
  const rows = await db.assetAssignment.findMany({ where: { userId, endedAt: null }, select: { assetId: true } });
  return new Set(rows.map((r) => r.assetId));
}
