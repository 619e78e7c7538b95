import "server-only";
import { db, type Db, onPostgres } from "@/lib/db";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { KbAudience } from "./access";
import { stemText, stemsOf } from "./stems";

// Full-text search of articles, one interface over two engines: SQLite FTS5 (table KbArticleFts,
// tokenizer unicode61 with diacritics removed, plus a column of English and Spanish Snowball stems
// written from lib/kb/stems.ts) and PostgreSQL tsvector (generated column KbArticle.searchVector:
// configurations portico_kb = simple + unaccent, portico_kb_en / portico_kb_es = unaccent + the
// english / spanish stemmers). Both fold case and accents, match every term as a prefix
// ("contrasena" finds "contraseñas") or by its stem ("impresoras" finds "impresora"), rank the
// reader's language first and then articles whose title matches, keep one language version per
// article (the reader's, else another), cut snippets from prose (not tables or code), and apply
// the same visibility rule as lib/kb/access.ts in SQL.

export type Segment = { text: string; hit: boolean };
export type SearchHit = {
  id: string;
  slug: string;
  locale: string;
  categoryId: string;
  title: Segment[];
  snippet: Segment[];
};
export type SearchResult = { items: SearchHit[]; total: number; page: number; pageCount: number };

type Tx = Pick<Db, "$executeRaw">;

const OPEN = "\u0002";
const CLOSE = "\u0003";
const MAX_TERMS = 8;

/** The words of a query, lower-cased and without accents: what both indexes compare. */
export function searchTerms(query: string): string[] {
  const words = query
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, 40));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A snippet with hit marks (control characters the indexed text never holds) as segments. */
export function segmentsOf(marked: string): Segment[] {
  const segments: Segment[] = [];
  let hit = false;
  let text = "";
  for (const ch of marked) {
    if (ch === OPEN || ch === CLOSE) {
      if (text) segments.push({ text, hit });
      text = "";
      hit = ch === OPEN;
    } else text += ch;
  }
  if (text) segments.push({ text, hit });
  return segments;
}

function visibilitySql(audience: KbAudience): Prisma.Sql {
  const noRestriction = Prisma.sql`NOT EXISTS (SELECT 1 FROM "KbArticleOrganization" o WHERE o."articleId" = a."id")`;
  switch (audience.kind) {
    case "editor":
      return Prisma.sql`1 = 1`;
    case "staff":
      return Prisma.sql`a."state" = 'PUBLISHED'`;
    case "public":
      return Prisma.sql`a."state" = 'PUBLISHED' AND a."visibility" = 'PUBLIC' AND ${noRestriction}`;
    case "member": {
      const ownOrg = audience.organizationId
        ? Prisma.sql`OR EXISTS (SELECT 1 FROM "KbArticleOrganization" o WHERE o."articleId" = a."id" AND o."organizationId" = ${audience.organizationId})`
        : Prisma.empty;
      return Prisma.sql`a."state" = 'PUBLISHED' AND a."visibility" IN ('PUBLIC', 'PORTAL') AND (${noRestriction} ${ownOrg})`;
    }
  }
}

type RankedRow = { id: string; total: number | bigint };
type SnippetRow = { id: string; slug: string; locale: string; categoryId: string; title: string; snippet: string };

/**
 * One page of the articles `audience` may read that match every word of `query`, best first:
 * title matches, then by rank. An empty query finds nothing.
 */
export async function searchArticles(
  audience: KbAudience,
  query: string,
  options: { locale: string; page?: number; pageSize?: number; categoryId?: string },
): Promise<SearchResult> {
  const terms = searchTerms(query);
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 20;
  if (terms.length === 0) return { items: [], total: 0, page, pageCount: 1 };
  const offset = (page - 1) * pageSize;
  const category = options.categoryId ? Prisma.sql`AND a."categoryId" = ${options.categoryId}` : Prisma.empty;
  const visible = visibilitySql(audience);

  let ranked: RankedRow[];
  let rows: SnippetRow[];
  if (onPostgres) {
    const tsquery = terms.map((t) => `${t}:*`).join(" & ");
    // The title's words carry weight A in the stored vector (the rest B): matching only those
    // tells a title hit without parsing each hit's title again in three configurations (a third
    // of the statement's time at 2,000 articles).
    const titleTsquery = terms.map((t) => `${t}:*A`).join(" & ");
    ranked = await db.$queryRaw<RankedRow[]>`
      WITH q AS (SELECT ${pgQuery(tsquery)} AS q, ${pgQuery(titleTsquery)} AS title),
      hits AS (
        SELECT a."id", a."translationGroupId", a."locale",
               ts_rank_cd(a."searchVector", q.q) AS score,
               (a."searchVector" @@ q.title) AS in_title
        FROM "KbArticle" a, q
        WHERE a."searchVector" @@ q.q AND ${visible} ${category}
      ),
      ranked AS (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY "translationGroupId" ORDER BY ("locale" = ${options.locale}) DESC, in_title DESC, score DESC) AS rn
        FROM hits
      )
      SELECT "id", COUNT(*) OVER () AS total FROM ranked WHERE rn = 1
      ORDER BY ("locale" = ${options.locale}) DESC, in_title DESC, score DESC, "id" LIMIT ${pageSize} OFFSET ${offset}`;
    const ids = ranked.map((r) => r.id);
    const marks = `StartSel="${OPEN}", StopSel="${CLOSE}"`;
    rows = ids.length
      ? await db.$queryRaw<SnippetRow[]>`
          SELECT a."id", a."slug", a."locale", a."categoryId",
                 ts_headline((CASE WHEN a."locale" = 'es' THEN 'portico_kb_es' ELSE 'portico_kb_en' END)::regconfig, a."title", ${pgQuery(tsquery)}, ${`${marks}, HighlightAll=true`}) AS title,
                 ts_headline((CASE WHEN a."locale" = 'es' THEN 'portico_kb_es' ELSE 'portico_kb_en' END)::regconfig, a."proseText", ${pgQuery(tsquery)}, ${`${marks}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`}) AS snippet
          FROM "KbArticle" a WHERE a."id" IN (${Prisma.join(ids)})`
      : [];
  } else {
    // Terms hold letters and digits only; quoting them keeps FTS5 from reading any as syntax.
    const match = terms.map((t) => `(${[t, ...stemsOf(t)].map((w) => `"${w}"*`).join(" OR ")})`).join(" AND ");
    const titleMatch = `{title} : (${match})`;
    ranked = await db.$queryRaw<RankedRow[]>`
      WITH hits AS (
        SELECT a."id", a."translationGroupId", a."locale",
               bm25("KbArticleFts", 0.0, 10.0, 1.0, 0.0, 0.5) AS score,
               (f.rowid IN (SELECT rowid FROM "KbArticleFts" WHERE "KbArticleFts" MATCH ${titleMatch})) AS in_title
        FROM "KbArticleFts" f JOIN "KbArticle" a ON a."id" = f."articleId"
        WHERE "KbArticleFts" MATCH ${match} AND ${visible} ${category}
      ),
      ranked AS (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY "translationGroupId" ORDER BY ("locale" = ${options.locale}) DESC, in_title DESC, score) AS rn
        FROM hits
      )
      SELECT "id", COUNT(*) OVER () AS total FROM ranked WHERE rn = 1
      ORDER BY ("locale" = ${options.locale}) DESC, in_title DESC, score, "id" LIMIT ${pageSize} OFFSET ${offset}`;
    const ids = ranked.map((r) => r.id);
    rows = ids.length
      ? await db.$queryRaw<SnippetRow[]>`
          SELECT a."id", a."slug", a."locale", a."categoryId",
                 highlight("KbArticleFts", 1, ${OPEN}, ${CLOSE}) AS title,
                 snippet("KbArticleFts", 3, ${OPEN}, ${CLOSE}, '…', 24) AS snippet
          FROM "KbArticleFts" f JOIN "KbArticle" a ON a."id" = f."articleId"
          WHERE "KbArticleFts" MATCH ${match} AND f."articleId" IN (${Prisma.join(ids)})`
      : [];
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const total = ranked.length ? Number(ranked[0].total) : 0;
  const items = ranked.flatMap((r) => {
    const row = byId.get(r.id);
    if (!row) return [];
    return [{ id: row.id, slug: row.slug, locale: row.locale, categoryId: row.categoryId, title: segmentsOf(row.title), snippet: segmentsOf(row.snippet) }];
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Writes an article's title, text and stems into the SQLite index (PostgreSQL computes its own). */
export async function indexArticle(tx: Tx, article: { id: string; title: string; searchText: string; proseText: string }) {
  if (onPostgres) return;
  const stems = stemText(`${article.title} ${article.searchText}`);
  await tx.$executeRaw`DELETE FROM "KbArticleFts" WHERE "articleId" = ${article.id}`;
  await tx.$executeRaw`INSERT INTO "KbArticleFts" ("articleId", "title", "searchText", "proseText", "stems") VALUES (${article.id}, ${article.title}, ${article.searchText}, ${article.proseText}, ${stems})`;
}

/** Writes the stems of articles indexed before stems existed (SQLite; run on every start). */
export async function indexMissingStems(): Promise<number> {
  if (onPostgres) return 0;
  const missing = await db.$queryRaw<{ articleId: string }[]>`SELECT "articleId" FROM "KbArticleFts" WHERE "stems" = ''`;
  if (missing.length === 0) return 0;
  const articles = await db.kbArticle.findMany({
    where: { id: { in: missing.map((m) => m.articleId) } },
    select: { id: true, title: true, searchText: true, proseText: true },
  });
  for (const article of articles) await db.$transaction((tx) => indexArticle(tx, article));
  return articles.length;
}

/** A query's terms as a prefix match in the unstemmed, English and Spanish configurations. */
function pgQuery(tsquery: string): Prisma.Sql {
  return Prisma.sql`(to_tsquery('portico_kb', ${tsquery}) || to_tsquery('portico_kb_en', ${tsquery}) || to_tsquery('portico_kb_es', ${tsquery}))`;
}
