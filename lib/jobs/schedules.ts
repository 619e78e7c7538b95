import "server-only";
import { db } from "@/lib/db";
import { schedules } from "./definitions";

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/**
 * Whether this process won the schedule's run that is due now. The next time is moved forward
 * with a conditional update on the time that was read: of several instances reading the same row,
 * exactly one changes it. A schedule seen for the first time runs at once.
 */
export async function claimSchedule(name: string, everySeconds: number, now = new Date()): Promise<boolean> {
  const next = new Date(now.getTime() + everySeconds * 1000);
  const row = await db.jobSchedule.findUnique({ where: { name }, select: { nextRunAt: true } });
  if (!row) {
    try {
      await db.jobSchedule.create({ data: { name, nextRunAt: next } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
  if (row.nextRunAt > now) return false;
  const { count } = await db.jobSchedule.updateMany({ where: { name, nextRunAt: row.nextRunAt }, data: { nextRunAt: next } });
  return count === 1;
}

/** Enqueues the job of every schedule whose time has come and that this process claimed. */
export async function tickSchedules(enqueue: (schedule: string) => Promise<void>) {
  for (const schedule of schedules.values()) {
    if (await claimSchedule(schedule.name, schedule.everySeconds)) await enqueue(schedule.name);
  }
}
