import "server-only";
import { z } from "zod";
import { defineJob, defineSchedule } from "@/lib/jobs";
import { sendDueReminders } from "./reminders";

// Pending confirmations are reminded by email: the schedule runs once an hour across all
// instances (lib/jobs), and each reminder is claimed by a conditional update (reminders.ts), so a
// retried or overlapping run never sends one twice.
export const remindPendingConfirmations = defineJob({
  name: "confirmations.remind",
  payload: z.object({}),
  run: async () => {
    await sendDueReminders();
  },
});

defineSchedule({ name: "confirmations.remind", everySeconds: 3600, job: remindPendingConfirmations });
