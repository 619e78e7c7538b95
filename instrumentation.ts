// Next.js calls register() once when the server starts. Background work runs only in the Node.js
// server, never in the edge runtime nor while `next build` collects pages (Next's own variables,
// read here because they describe the process, not Portico's configuration).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  await import("@/lib/jobs/registry");
  const { startJobRunner } = await import("@/lib/jobs/runner");
  await startJobRunner();
  const { startAutoCloseTimer } = await import("@/lib/tickets/auto-close");
  startAutoCloseTimer();
}
