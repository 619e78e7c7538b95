import "server-only";
import { z } from "zod";
import { defineJob, defineSchedule } from "@/lib/jobs";
import { clearExpiredCounters } from "./throttle";

const clearCountersJob = defineJob({
  name: "auth.clear-expired-counters",
  payload: z.object({}),
  run: async () => {
    await clearExpiredCounters();
  },
});

// The shared throttling counters (PostgreSQL) of addresses that stopped trying.
defineSchedule({ name: "auth.clear-expired-counters", everySeconds: 24 * 3600, job: clearCountersJob });
