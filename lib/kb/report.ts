import "server-only";
import { db } from "@/lib/db";

// The console's knowledge-base report (callers check the viewer is staff).
//
// Deflection, counted honestly: the new-ticket form makes a draft id per visit; opening a
// suggested article from it records (draft, article, user, time). A draft counts as a DEFLECTED
// ticket when its user files no ticket at all (from that form or any other) within
// DEFLECTION_WINDOW_MS of first opening a suggestion; as FILED ANYWAY when they do; and as
// PENDING while the window is still open. A draft counts once, however many articles it opened.

export const DEFLECTION_WINDOW_MS = 24 * 60 * 60 * 1000;
export const REPORT_DAYS = 30;

export type DraftOutcome = "deflected" | "filed" | "pending";

/** How each draft of the period ended, with the articles it opened. */
export async function deflectionOutcomes(since: Date, now = new Date()) {
  const opens = await db.kbSuggestionOpen.findMany({
    where: { openedAt: { gte: since } },
    select: { draftId: true, userId: true, articleId: true, openedAt: true },
    orderBy: { openedAt: "asc" },
  });
  const drafts = new Map<string, { userId: string; firstOpen: Date; articleIds: Set<string> }>();
  for (const open of opens) {
    const draft = drafts.get(open.draftId) ?? { userId: open.userId, firstOpen: open.openedAt, articleIds: new Set<string>() };
    draft.articleIds.add(open.articleId);
    drafts.set(open.draftId, draft);
  }
  const userIds = [...new Set([...drafts.values()].map((d) => d.userId))];
  const tickets = userIds.length
    ? await db.ticket.findMany({ where: { requesterId: { in: userIds }, createdAt: { gte: since } }, select: { requesterId: true, createdAt: true } })
    : [];
  const ticketTimes = new Map<string, number[]>();
  for (const t of tickets) (ticketTimes.get(t.requesterId) ?? ticketTimes.set(t.requesterId, []).get(t.requesterId)!).push(t.createdAt.getTime());

  return [...drafts.entries()].map(([draftId, d]) => {
    const start = d.firstOpen.getTime();
    const end = start + DEFLECTION_WINDOW_MS;
    const filed = (ticketTimes.get(d.userId) ?? []).some((t) => t >= start && t <= end);
    const outcome: DraftOutcome = filed ? "filed" : end < now.getTime() ? "deflected" : "pending";
    return { draftId, outcome, articleIds: [...d.articleIds] };
  });
}

export async function getKbReport(now = new Date()) {
  const since = new Date(now.getTime() - REPORT_DAYS * 24 * 60 * 60 * 1000);
  const [mostViewed, feedbackCounts, failed, outcomes] = await Promise.all([
    db.kbArticle.findMany({
      where: { viewCount: { gt: 0 } },
      orderBy: [{ viewCount: "desc" }, { id: "asc" }],
      take: 10,
      select: { id: true, title: true, locale: true, viewCount: true, state: true },
    }),
    db.kbFeedback.groupBy({ by: ["articleId", "helpful"], _count: { _all: true } }),
    db.kbFailedSearch.groupBy({
      by: ["query"],
      where: { createdAt: { gte: since } },
      _count: { _all: true },
      _max: { createdAt: true },
      orderBy: [{ _count: { query: "desc" } }, { query: "asc" }],
      take: 20,
    }),
    deflectionOutcomes(since, now),
  ]);

  const votes = new Map<string, { yes: number; no: number }>();
  for (const row of feedbackCounts) {
    const v = votes.get(row.articleId) ?? { yes: 0, no: 0 };
    if (row.helpful) v.yes += row._count._all;
    else v.no += row._count._all;
    votes.set(row.articleId, v);
  }
  const leastHelpfulIds = [...votes.entries()]
    .filter(([, v]) => v.no > 0)
    .sort(([, a], [, b]) => a.yes / (a.yes + a.no) - b.yes / (b.yes + b.no) || b.no - a.no)
    .slice(0, 10)
    .map(([id]) => id);
  const leastHelpfulArticles = await db.kbArticle.findMany({
    where: { id: { in: leastHelpfulIds } },
    select: {
      id: true, title: true, locale: true,
      feedback: {
        where: { helpful: false, comment: { not: null } },
        orderBy: { createdAt: "desc" },
        take: 5,
        select: { id: true, comment: true, createdAt: true },
      },
    },
  });
  const byId = new Map(leastHelpfulArticles.map((a) => [a.id, a]));
  const leastHelpful = leastHelpfulIds.flatMap((id) => {
    const a = byId.get(id);
    return a ? [{ ...a, ...votes.get(id)! }] : [];
  });

  const deflectedByArticle = new Map<string, number>();
  for (const o of outcomes) {
    if (o.outcome !== "deflected") continue;
    for (const id of o.articleIds) deflectedByArticle.set(id, (deflectedByArticle.get(id) ?? 0) + 1);
  }
  const deflectingArticles = await db.kbArticle.findMany({
    where: { id: { in: [...deflectedByArticle.keys()] } },
    select: { id: true, title: true, locale: true },
  });
  const topDeflecting = deflectingArticles
    .map((a) => ({ ...a, deflected: deflectedByArticle.get(a.id) ?? 0 }))
    .sort((a, b) => b.deflected - a.deflected || a.title.localeCompare(b.title))
    .slice(0, 10);

  return {
    days: REPORT_DAYS,
    mostViewed,
    leastHelpful,
    failedSearches: failed.map((f) => ({ query: f.query, count: f._count._all, lastAt: f._max.createdAt })),
    deflection: {
      deflected: outcomes.filter((o) => o.outcome === "deflected").length,
      filed: outcomes.filter((o) => o.outcome === "filed").length,
      pending: outcomes.filter((o) => o.outcome === "pending").length,
      topArticles: topDeflecting,
    },
  };
}
