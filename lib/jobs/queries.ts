import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { FAILURES_PAGE_SIZE, failuresPageSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/** Jobs that failed their last attempt and were not retried yet, newest first. Admins only; null otherwise. */
export async function listJobFailures(viewer: ViewerLike, rawPage: unknown) {
  if (!isAdmin(viewer)) return null;
  const page = failuresPageSchema.parse(rawPage);
  const where = { retriedAt: null };
  const [items, total] = await Promise.all([
    db.jobFailure.findMany({
      where,
      select: { id: true, name: true, payload: true, error: true, attempts: true, failedAt: true },
      orderBy: [{ failedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * FAILURES_PAGE_SIZE,
      take: FAILURES_PAGE_SIZE,
    }),
    db.jobFailure.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / FAILURES_PAGE_SIZE)) };
}
