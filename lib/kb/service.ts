import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { getPortalSettings } from "@/lib/settings/queries";
import type { Viewer } from "@/lib/auth/session";
import { Prisma } from "@/generated/prisma-sqlite/client";
import { editorAudience, portalAudience, visibleArticlesWhere } from "./access";
import { articlePlainText, articleProseText } from "./markdown";
import { indexArticle, searchTerms } from "./search";
import {
  articleSchema,
  categorySchema,
  feedbackSchema,
  suggestionOpenSchema,
  type ArticleInput,
  type CategoryInput,
  type FeedbackInput,
} from "./schema";

// The rules of the knowledge base. Each function takes the viewer and checks their rights itself.
// Messages are catalogue keys (kb.*).

type ViewerLike = Pick<Viewer, "id" | "role" | "organizationId">;

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fail("errors.invalid", fieldErrors);
}

const isUniqueViolation = (e: unknown) => e instanceof Error && "code" in e && (e as { code: unknown }).code === "P2002";

/** Creates or updates an article (agents and admins), keeping its history and the search index. */
export async function saveArticle(viewer: ViewerLike, input: ArticleInput): Promise<ActionResult<{ id: string }>> {
  if (!editorAudience(viewer)) return fail("errors.notFound");
  const parsed = articleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  const organizationIds = [...new Set(data.organizationIds)];

  const existing = data.id
    ? await db.kbArticle.findUnique({ where: { id: data.id }, select: { id: true, translationGroupId: true, publishedAt: true } })
    : null;
  if (data.id && !existing) return fail("errors.notFound");
  if (!(await db.kbCategory.findUnique({ where: { id: data.categoryId }, select: { id: true } }))) {
    return fail("errors.invalid", { categoryId: ["errors.categoryUnknown"] });
  }
  if (organizationIds.length && (await db.organization.count({ where: { id: { in: organizationIds } } })) !== organizationIds.length) {
    return fail("errors.invalid", { organizationIds: ["errors.organizationUnknown"] });
  }
  const slugTaken = await db.kbArticle.findFirst({
    where: { slug: data.slug, locale: data.locale, ...(existing ? { id: { not: existing.id } } : {}) },
    select: { id: true },
  });
  if (slugTaken) return fail("errors.invalid", { slug: ["errors.slugTaken"] });

  let groupId = existing?.translationGroupId ?? null;
  if (data.translationOf) {
    const original = await db.kbArticle.findUnique({ where: { id: data.translationOf }, select: { id: true, translationGroupId: true } });
    if (!original || original.id === existing?.id) return fail("errors.invalid", { translationOf: ["errors.translationUnknown"] });
    groupId = original.translationGroupId;
  }
  if (groupId) {
    const sameLanguage = await db.kbArticle.findFirst({
      where: { translationGroupId: groupId, locale: data.locale, ...(existing ? { id: { not: existing.id } } : {}) },
      select: { id: true },
    });
    if (sameLanguage) return fail("errors.invalid", { locale: ["errors.translationExists"] });
  }

  const searchText = articlePlainText(data.body);
  const proseText = articleProseText(data.body);
  const fields = {
    title: data.title,
    slug: data.slug,
    body: data.body,
    searchText,
    proseText,
    locale: data.locale,
    categoryId: data.categoryId,
    state: data.state,
    visibility: data.visibility,
    ...(data.state === "PUBLISHED" && !existing?.publishedAt ? { publishedAt: new Date() } : {}),
  };
  try {
    const id = await db.$transaction(async (tx) => {
      const translationGroupId = groupId ?? (await tx.kbTranslationGroup.create({ data: {}, select: { id: true } })).id;
      const article = existing
        ? await tx.kbArticle.update({ where: { id: existing.id }, data: { ...fields, translationGroupId }, select: { id: true } })
        : await tx.kbArticle.create({ data: { ...fields, translationGroupId, authorId: viewer.id }, select: { id: true } });
      await tx.kbArticleOrganization.deleteMany({ where: { articleId: article.id } });
      if (organizationIds.length) {
        await tx.kbArticleOrganization.createMany({ data: organizationIds.map((organizationId) => ({ articleId: article.id, organizationId })) });
      }
      await tx.kbArticleRevision.create({
        data: {
          articleId: article.id,
          editorId: viewer.id,
          title: data.title,
          body: data.body,
          slug: data.slug,
          categoryId: data.categoryId,
          state: data.state,
          visibility: data.visibility,
          organizationIds: JSON.stringify(organizationIds),
        },
      });
      await indexArticle(tx, { id: article.id, title: data.title, searchText, proseText });
      await audit(tx, {
        actorId: viewer.id,
        action: existing ? "kb.article.update" : "kb.article.create",
        targetType: "KbArticle",
        targetId: article.id,
        data: { slug: data.slug, locale: data.locale, state: data.state, visibility: data.visibility },
      });
      return article.id;
    });
    return ok({ id });
  } catch (e) {
    if (isUniqueViolation(e)) return fail("errors.invalid", { slug: ["errors.slugTaken"] });
    throw e;
  }
}

/** Creates or renames a category (agents and admins). */
export async function saveCategory(viewer: ViewerLike, input: CategoryInput): Promise<ActionResult<{ id: string }>> {
  if (!editorAudience(viewer)) return fail("errors.notFound");
  const parsed = categorySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, ...data } = parsed.data;
  const taken = await db.kbCategory.findFirst({ where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (taken) return fail("errors.invalid", { slug: ["errors.slugTaken"] });
  try {
    const category = id
      ? await db.kbCategory.update({ where: { id }, data, select: { id: true } })
      : await db.kbCategory.create({ data, select: { id: true } });
    return ok({ id: category.id });
  } catch (e) {
    if (isUniqueViolation(e)) return fail("errors.invalid", { slug: ["errors.slugTaken"] });
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025") return fail("errors.notFound");
    throw e;
  }
}

/** Deletes a category that holds no article. */
export async function deleteCategory(viewer: ViewerLike, id: string): Promise<ActionResult<undefined>> {
  if (!editorAudience(viewer)) return fail("errors.notFound");
  if (typeof id !== "string" || !id) return fail("errors.notFound");
  const category = await db.kbCategory.findUnique({ where: { id }, select: { id: true, _count: { select: { articles: true } } } });
  if (!category) return fail("errors.notFound");
  if (category._count.articles > 0) return fail("errors.categoryNotEmpty");
  await db.kbCategory.delete({ where: { id } });
  return ok(undefined);
}

/** The portal reader's audience, or null when the knowledge base is closed to them. */
async function readerAudience(viewer: ViewerLike | null) {
  return portalAudience(viewer, await getPortalSettings());
}

/** "Was this helpful?": once per signed-in reader and article. */
export async function giveFeedback(viewer: ViewerLike | null, input: FeedbackInput): Promise<ActionResult<undefined>> {
  if (!viewer) return fail("errors.signedOut");
  const parsed = feedbackSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const audience = await readerAudience(viewer);
  if (!audience) return fail("errors.notFound");
  const article = await db.kbArticle.findFirst({ where: { id: parsed.data.articleId, ...visibleArticlesWhere(audience) }, select: { id: true } });
  if (!article) return fail("errors.notFound");
  try {
    await db.kbFeedback.create({ data: { articleId: article.id, userId: viewer.id, helpful: parsed.data.helpful, comment: parsed.data.comment } });
  } catch (e) {
    if (isUniqueViolation(e)) return fail("errors.feedbackGiven");
    throw e;
  }
  return ok(undefined);
}

/** Counts a reading of an article the reader may see. */
export async function recordView(viewer: ViewerLike | null, articleId: string) {
  const audience = await readerAudience(viewer);
  if (!audience) return;
  await db.kbArticle.updateMany({ where: { id: articleId, ...visibleArticlesWhere(audience) }, data: { viewCount: { increment: 1 } } });
}

/** A suggestion opened from the new-ticket form (see lib/kb/deflection.ts for how it is counted). */
export async function recordSuggestionOpen(viewer: ViewerLike | null, input: { draftId: string; articleId: string }): Promise<ActionResult<undefined>> {
  if (!viewer) return fail("errors.signedOut");
  const parsed = suggestionOpenSchema.safeParse(input);
  if (!parsed.success) return fail("errors.notFound");
  const audience = await readerAudience(viewer);
  if (!audience) return fail("errors.notFound");
  const article = await db.kbArticle.findFirst({ where: { id: parsed.data.articleId, ...visibleArticlesWhere(audience) }, select: { id: true } });
  if (!article) return fail("errors.notFound");
  // A draft id belongs to the user who first used it.
  const other = await db.kbSuggestionOpen.findFirst({ where: { draftId: parsed.data.draftId, userId: { not: viewer.id } }, select: { id: true } });
  if (other) return fail("errors.notFound");
  await db.kbSuggestionOpen.upsert({
    where: { draftId_articleId: { draftId: parsed.data.draftId, articleId: article.id } },
    update: { userId: viewer.id },
    create: { draftId: parsed.data.draftId, articleId: article.id, userId: viewer.id },
  });
  return ok(undefined);
}

// Anyone may search a public knowledge base, so what a search writes is bounded: a few rows an
// hour per visitor, a budget an hour for everyone, and rows older than the report are dropped.
export const FAILED_SEARCH_LIMITS = { perSourcePerHour: 20, perHour: 2000 };
const HOUR_MS = 60 * 60 * 1000;
const KEEP_DAYS = 90;

const globalForKb = globalThis as unknown as { portico_failedSearchLimiters?: Map<number, RateLimiterMemory> };
function perSourceLimiter(points: number) {
  const limiters = (globalForKb.portico_failedSearchLimiters ??= new Map());
  let limiter = limiters.get(points);
  if (!limiter) limiters.set(points, (limiter = new RateLimiterMemory({ keyPrefix: `kb-failed-search:${points}`, points, duration: 60 * 60 })));
  return limiter;
}

/**
 * Remembers a portal search that found nothing, by its normalized words. `source` names the
 * searcher (a user id or the client address); past the limits the search is simply not recorded.
 */
export async function logFailedSearch(query: string, source: string, limits = FAILED_SEARCH_LIMITS) {
  const normalized = searchTerms(query).join(" ");
  if (!normalized) return;
  try {
    await perSourceLimiter(limits.perSourcePerHour).consume(source);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    return;
  }
  const now = Date.now();
  const lastHour = await db.kbFailedSearch.count({ where: { createdAt: { gte: new Date(now - HOUR_MS) } } });
  if (lastHour >= limits.perHour) return;
  await db.kbFailedSearch.create({ data: { query: normalized.slice(0, 200) } });
  // About once in a hundred writes, forget what the report no longer shows.
  if (Math.random() < 0.01) await db.kbFailedSearch.deleteMany({ where: { createdAt: { lt: new Date(now - KEEP_DAYS * 24 * HOUR_MS) } } });
}
