import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { isAdmin } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import type { EmailStatus } from "@/generated/prisma-sqlite/enums";
import { emailIdSchema } from "./schema";
import { deliverAgain } from "./delivery";

type ViewerLike = Pick<Viewer, "id" | "role">;

const retrySchema = z.object({ id: emailIdSchema });

/**
 * An admin's "Retry now" on a QUEUED or FAILED message: one more attempt, immediately. Anyone else
 * gets the same answer as for an unknown id. Messages are catalogue keys (email.outbox.*).
 */
export async function retryEmail(viewer: ViewerLike, input: { id: unknown }): Promise<ActionResult<{ status: EmailStatus }>> {
  if (!isAdmin(viewer)) return fail("outbox.errors.notFound");
  const parsed = retrySchema.safeParse(input);
  if (!parsed.success) return fail("outbox.errors.notFound");
  const { id } = parsed.data;
  const row = await db.emailMessage.findUnique({ where: { id }, select: { status: true } });
  if (!row) return fail("outbox.errors.notFound");
  if (row.status === "SENT") return fail("outbox.errors.alreadySent");
  const status = await deliverAgain(id);
  if (!status) return fail("outbox.errors.busy");
  await audit(db, { actorId: viewer.id, action: "email.retry", targetType: "EmailMessage", targetId: id, data: { status } });
  return ok({ status });
}
