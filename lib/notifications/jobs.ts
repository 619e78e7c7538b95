import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineJob, enqueueJob } from "@/lib/jobs";
import { deliverAgentEmails, DIGEST_WINDOW_MS } from "./agent-email";

/**
 * Emails an agent what is pending for them (one notice, or the digest of those held during the
 * minute after their last email). Idempotent: the notices are claimed before the email is built,
 * so a second run finds nothing. Run early (another instance's clock), it queues itself again for
 * the end of the minute instead of dropping the held notices.
 */
export const agentEmailJob = defineJob({
  name: "notifications.agent-email",
  payload: z.object({ userId: z.string().min(1).max(64) }),
  run: async ({ userId }) => {
    if ((await deliverAgentEmails(userId)) === "deferred") await queueAgentEmail(userId);
  },
  retry: { limit: 5, backoffSeconds: 30 },
});

/** When an agent's next email may leave: now, or the end of the digest minute after their last one. */
export async function agentEmailRunAt(userId: string, now = new Date()): Promise<Date> {
  const prefs = await db.agentEmailPreferences.findUnique({ where: { userId }, select: { lastEmailAt: true } });
  const end = prefs?.lastEmailAt ? prefs.lastEmailAt.getTime() + DIGEST_WINDOW_MS : 0;
  return new Date(Math.max(now.getTime(), end));
}

/**
 * Queues the delivery of an agent's pending notices. One waiting job per agent (singletonKey), so
 * the notices of a burst leave together; the request that caused them does not wait for the email.
 */
export async function queueAgentEmail(userId: string, now = new Date()): Promise<void> {
  await enqueueJob(agentEmailJob, { userId }, { singletonKey: `agent-email:${userId}`, runAt: await agentEmailRunAt(userId, now) });
}
