import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineJob, defineSchedule } from "@/lib/jobs";
import { DELIVERY_RETRY, deliverAgain } from "./delivery";
import { purgeDeliveredPasswords } from "./purge";
import { emailIdSchema } from "./schema";

/** Delivers one stored message; a failed attempt throws, so the job is retried on schedule. */
export const deliverEmailJob = defineJob({
  name: "email.deliver",
  payload: z.object({ id: emailIdSchema }),
  retry: DELIVERY_RETRY,
  run: async ({ id }) => {
    const status = await deliverAgain(id);
    if (status === "QUEUED" || status === "FAILED") {
      const row = await db.emailMessage.findUnique({ where: { id }, select: { lastError: true } });
      throw new Error(`email ${id} not delivered: ${row?.lastError ?? "unknown error"}`);
    }
  },
});

const purgeJob = defineJob({
  name: "email.purge-generated-passwords",
  payload: z.object({}),
  run: async () => {
    await purgeDeliveredPasswords();
  },
});

defineSchedule({ name: "email.purge-generated-passwords", everySeconds: 3600, job: purgeJob });
