import "server-only";
import { containsText, db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { visibleArticlesWhere, type KbAudience } from "./access";
import { renderArticleHtml } from "./markdown";
import { PAGE_SIZE } from "./schema";

// Reads of the knowledge base. Every portal read takes the reader's audience (lib/kb/access.ts)
// and shows one language version of each article: the reader's, else another visible one.

/** Visible articles, one per translation group: the one in `locale`, else any visible one. */
export function preferredArticlesWhere(audience: KbAudience, locale: string): Prisma.KbArticleWhereInput {
  const visible = visibleArticlesWhere(audience);
  return {
    AND: [
      visible,
      { OR: [{ locale }, { translationGroup: { articles: { none: { AND: [visible, { locale }] } } } }] },
    ],
  };
}

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  locale: true,
  updatedAt: true,
  viewCount: true,
  category: { select: { slug: true, nameEn: true, nameEs: true } },
} satisfies Prisma.KbArticleSelect;

export type ArticleCard = Prisma.KbArticleGetPayload<{ select: typeof cardSelect }>;

/**
 * One window of article cards with the reader's language first and other languages after, each part
 * in `orderBy`. Two ordered reads instead of one ORDER BY on an expression, which Prisma cannot express;
 * `skip` counts across both parts, so pages neither repeat nor skip an article.
 */
async function findCardsReaderLanguageFirst(options: {
  where: Prisma.KbArticleWhereInput;
  locale: string;
  orderBy: Prisma.KbArticleOrderByWithRelationInput[];
  skip?: number;
  take: number;
}): Promise<ArticleCard[]> {
  const { where, locale, orderBy, skip = 0, take } = options;
  const own: Prisma.KbArticleWhereInput = { AND: [where, { locale }] };
  const [ownCount, ownItems] = await Promise.all([
    db.kbArticle.count({ where: own }),
    db.kbArticle.findMany({ where: own, select: cardSelect, orderBy, skip, take }),
  ]);
  if (ownItems.length >= take) return ownItems;
  const others = await db.kbArticle.findMany({
    where: { AND: [where, { locale: { not: locale } }] },
    select: cardSelect,
    orderBy,
    skip: Math.max(0, skip - ownCount),
    take: take - ownItems.length,
  });
  return [...ownItems, ...others];
}

/** The portal's front page: categories with counts, popular and recently updated articles. */
export async function getKbHome(audience: KbAudience, locale: string) {
  const where = preferredArticlesWhere(audience, locale);
  const [categories, counts, popular, recent] = await Promise.all([
    db.kbCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true, slug: true, nameEn: true, nameEs: true } }),
    db.kbArticle.groupBy({ by: ["categoryId"], where, _count: { _all: true } }),
    findCardsReaderLanguageFirst({ where, locale, orderBy: [{ viewCount: "desc" }, { id: "asc" }], take: 6 }),
    findCardsReaderLanguageFirst({ where, locale, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 6 }),
  ]);
  const countOf = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return {
    categories: categories.map((c) => ({ ...c, articleCount: countOf.get(c.id) ?? 0 })).filter((c) => c.articleCount > 0),
    popular,
    recent,
  };
}

export async function getCategoryPage(audience: KbAudience, locale: string, slug: string, page: number) {
  const category = await db.kbCategory.findUnique({ where: { slug }, select: { id: true, slug: true, nameEn: true, nameEs: true } });
  if (!category) return null;
  const where = { AND: [preferredArticlesWhere(audience, locale), { categoryId: category.id }] };
  const [items, total] = await Promise.all([
    findCardsReaderLanguageFirst({ where, locale, orderBy: [{ title: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.kbArticle.count({ where }),
  ]);
  if (total === 0) return null;
  return { category, items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * The article at `slug` that the reader may see, preferring their language (or `lang`, when they
 * chose one), with its rendered body, its other visible language versions and related articles.
 */
export async function getArticleForReader(audience: KbAudience, slug: string, locale: string, lang?: string) {
  if (typeof slug !== "string" || slug.length > 120) return null;
  const visible = visibleArticlesWhere(audience);
  const candidates = await db.kbArticle.findMany({
    where: { AND: [visible, { slug }] },
    select: { id: true, locale: true },
  });
  const chosen = candidates.find((c) => c.locale === lang) ?? candidates.find((c) => c.locale === locale) ?? candidates[0];
  if (!chosen) return null;
  const article = await db.kbArticle.findUniqueOrThrow({
    where: { id: chosen.id },
    select: {
      id: true, slug: true, title: true, body: true, locale: true, updatedAt: true, translationGroupId: true, categoryId: true,
      category: { select: { slug: true, nameEn: true, nameEs: true } },
    },
  });
  const [translations, related] = await Promise.all([
    db.kbArticle.findMany({
      where: { AND: [visible, { translationGroupId: article.translationGroupId, id: { not: article.id } }] },
      select: { slug: true, locale: true, title: true },
      orderBy: { locale: "asc" },
    }),
    findCardsReaderLanguageFirst({
      where: { AND: [preferredArticlesWhere(audience, locale), { categoryId: article.categoryId, translationGroupId: { not: article.translationGroupId } }] },
      locale,
      orderBy: [{ viewCount: "desc" }, { id: "asc" }],
      take: 5,
    }),
  ]);
  const { body, ...rest } = article;
  return { ...rest, html: renderArticleHtml(body), translations, related };
}

export type ReaderArticle = NonNullable<Awaited<ReturnType<typeof getArticleForReader>>>;

/** Whether the viewer already answered "Was this helpful?" for an article. */
export async function getOwnFeedback(userId: string, articleId: string) {
  return db.kbFeedback.findUnique({ where: { articleId_userId: { articleId, userId } }, select: { helpful: true } });
}

// ——— Console ———

const editorListSelect = {
  id: true, slug: true, title: true, locale: true, state: true, visibility: true, updatedAt: true, viewCount: true,
  category: { select: { nameEn: true, nameEs: true } },
  _count: { select: { organizations: true } },
} satisfies Prisma.KbArticleSelect;

export type EditorListItem = Prisma.KbArticleGetPayload<{ select: typeof editorListSelect }>;

/** Every article for the console (callers check the viewer is staff), filtered and paged. */
export async function listArticlesForEditors(filter: { state?: "DRAFT" | "PUBLISHED"; categoryId?: string; title?: string; page: number }) {
  const where: Prisma.KbArticleWhereInput = {};
  if (filter.state) where.state = filter.state;
  if (filter.categoryId) where.categoryId = filter.categoryId;
  if (filter.title) where.title = containsText(filter.title);
  const [items, total] = await Promise.all([
    db.kbArticle.findMany({ where, select: editorListSelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.kbArticle.count({ where }),
  ]);
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One article with what the editor needs: organizations, language versions and history. */
export async function getArticleForEditing(id: string) {
  if (typeof id !== "string" || id.length > 64) return null;
  const article = await db.kbArticle.findUnique({
    where: { id },
    select: {
      id: true, slug: true, title: true, body: true, locale: true, state: true, visibility: true, categoryId: true,
      translationGroupId: true, viewCount: true, createdAt: true, updatedAt: true, publishedAt: true,
      author: { select: { name: true } },
      organizations: { select: { organizationId: true } },
      revisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
        select: { id: true, title: true, body: true, slug: true, state: true, visibility: true, createdAt: true, editor: { select: { name: true } } },
      },
    },
  });
  if (!article) return null;
  const translations = await db.kbArticle.findMany({
    where: { translationGroupId: article.translationGroupId, id: { not: article.id } },
    select: { id: true, title: true, locale: true },
  });
  return { ...article, translations };
}

export async function listCategories() {
  return db.kbCategory.findMany({
    orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }],
    select: { id: true, slug: true, nameEn: true, nameEs: true, sortOrder: true, _count: { select: { articles: true } } },
  });
}

export async function listOrganizations() {
  return db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Articles another one may be a translation of, for the editor's picker. */
export async function listTranslationCandidates(excludeId?: string) {
  return db.kbArticle.findMany({
    where: excludeId ? { id: { not: excludeId } } : {},
    orderBy: [{ title: "asc" }],
    select: { id: true, title: true, locale: true },
    take: 500,
  });
}
