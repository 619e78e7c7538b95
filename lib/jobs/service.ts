import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import "./registry";
import { jobs } from "./definitions";
import { enqueueJob } from "./index";
import { failureIdSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

const retrySchema = z.object({ id: failureIdSchema });

/**
 * An admin's "Retry" on a failed job: the same payload is queued again (with its full retry
 * policy) and the failure leaves the list. Anyone else gets the answer for an unknown id.
 * Messages are catalogue keys (jobs.*).
 */
export async function retryJobFailure(viewer: ViewerLike, input: { id: unknown }): Promise<ActionResult> {
  if (!isAdmin(viewer)) return fail("errors.notFound");
  const parsed = retrySchema.safeParse(input);
  if (!parsed.success) return fail("errors.notFound");
  const { id } = parsed.data;
  const failure = await db.jobFailure.findUnique({ where: { id }, select: { name: true, payload: true, retriedAt: true } });
  if (!failure) return fail("errors.notFound");
  if (failure.retriedAt) return fail("errors.alreadyRetried");
  const job = jobs.get(failure.name);
  if (!job) return fail("errors.unknownJob");
  const payload = job.payload.safeParse(JSON.parse(failure.payload));
  if (!payload.success) return fail("errors.payloadChanged");
  // Claimed first, so two admins pressing Retry queue it once.
  const { count } = await db.jobFailure.updateMany({ where: { id, retriedAt: null }, data: { retriedAt: new Date() } });
  if (count !== 1) return fail("errors.alreadyRetried");
  await enqueueJob(job, payload.data);
  await audit(db, { actorId: viewer.id, action: "job.retry", targetType: "JobFailure", targetId: id, data: { name: failure.name } });
  return ok(undefined);
}
