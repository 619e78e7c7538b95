import "server-only";
import { db } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs";
import type { z } from "zod";
import { outgoingSchema } from "./delivery";
import { deliverEmailJob } from "./jobs";

// Every message is stored before it is sent, so a failed send is never lost; delivery happens in
// the "email.deliver" job, so the request that sends mail never waits for the provider.

export type OutgoingEmail = z.input<typeof outgoingSchema>;
export type SendResult = { id: string };

/** Records the message and queues its delivery. An invalid message (bad address, empty body) is a programming error and throws. */
export async function sendEmail(input: OutgoingEmail): Promise<SendResult> {
  const message = outgoingSchema.parse(input);
  const row = await db.emailMessage.create({ data: message, select: { id: true } });
  await enqueueJob(deliverEmailJob, { id: row.id });
  return { id: row.id };
}
