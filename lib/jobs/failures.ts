import "server-only";
import { db } from "@/lib/db";

const ERROR_MAX = 2000;

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, ERROR_MAX) || "unknown error";
}

/** A job that failed its last attempt: kept for admins to see and retry (/admin/jobs). */
export async function recordFailure(failure: { name: string; payload: unknown; error: unknown; attempts: number }) {
  console.error(`jobs: ${failure.name} failed after ${failure.attempts} attempts:`, failure.error);
  await db.jobFailure.create({
    data: {
      name: failure.name,
      payload: JSON.stringify(failure.payload ?? null),
      error: describeError(failure.error),
      attempts: failure.attempts,
    },
  });
}
