// `npm run bench:kb`: how much faster the knowledge base's full-text search is than a LIKE scan,
// on 10,000 articles in a throw-away SQLite database. Prints ratios, which hold across machines,
// rather than absolute times, which do not.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { prepareSqlite } from "@/test/prepare-database";
import { stemText } from "@/lib/kb/stems";

const ARTICLES = 10_000;
const ROUNDS = 20;
const dir = mkdtempSync(path.join(tmpdir(), "portico-bench-kb-"));
const url = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = url;

const WORDS = (
  "contraseña usuario cuenta acceso correo impresora atasco papel bandeja portátil batería cargador pantalla teclado ratón " +
  "red wifi vpn conexión servidor carpeta archivo permiso licencia aplicación actualización instalación configuración móvil " +
  "password account access email printer jam paper tray laptop battery charger screen keyboard mouse network connection " +
  "server folder file permission license application update install settings phone reset restart error slow signal"
).split(" ");

// A small deterministic generator (mulberry32), so every run measures the same data.
let seed = 42;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
// Filler words, so that each IT word is in a few percent of the articles, as in a real knowledge base.
const SYLLABLES = "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu".split(" ");
const FILLER = Array.from({ length: 5000 }, (_, i) => SYLLABLES[i % 50] + SYLLABLES[Math.floor(i / 50) % 50] + SYLLABLES[Math.floor(i / 2500)]);
const pick = () => (random() < 0.03 ? WORDS[Math.floor(random() * WORDS.length)] : FILLER[Math.floor(random() ** 2 * FILLER.length)]);
const sentence = (n: number) => Array.from({ length: n }, pick).join(" ");

function seedArticles() {
  prepareSqlite(url);
  const sqlite = new Database(url.slice("file:".length));
  const now = new Date().toISOString();
  sqlite.prepare(`INSERT INTO "User" ("id", "email", "name", "role", "kind", "createdAt", "updatedAt") VALUES ('author', 'a@bench.test', 'Author', 'AGENT', 'EMPLOYEE', ?, ?)`).run(now, now);
  sqlite.prepare(`INSERT INTO "KbCategory" ("id", "slug", "nameEn", "nameEs") VALUES ('cat', 'cat', 'Category', 'Categoría')`).run();
  const group = sqlite.prepare(`INSERT INTO "KbTranslationGroup" ("id") VALUES (?)`);
  const article = sqlite.prepare(
    `INSERT INTO "KbArticle" ("id", "categoryId", "slug", "locale", "translationGroupId", "title", "body", "searchText", "state", "visibility", "authorId", "updatedAt")
     VALUES (?, 'cat', ?, ?, ?, ?, ?, ?, ?, ?, 'author', ?)`,
  );
  const fts = sqlite.prepare(`INSERT INTO "KbArticleFts" ("articleId", "title", "searchText", "proseText", "stems") VALUES (?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const id = `art${i}`;
      const title = `${sentence(6)} ${i}`;
      const text = sentence(200);
      group.run(`g${i}`);
      article.run(id, `article-${i}`, i % 2 ? "en" : "es", `g${i}`, title, text, text, i % 10 ? "PUBLISHED" : "DRAFT", ["PUBLIC", "PORTAL", "INTERNAL"][i % 3], now);
      fts.run(id, title, text, text, stemText(`${title} ${text}`));
    }
  })();
  sqlite.close();
}

function time(run: () => Promise<unknown> | unknown) {
  return async () => {
    await run();
    const started = performance.now();
    for (let i = 0; i < ROUNDS; i++) await run();
    return (performance.now() - started) / ROUNDS;
  };
}

async function main() {
  console.log(`Seeding ${ARTICLES.toLocaleString("en")} articles…`);
  seedArticles();
  const { searchArticles } = await import("@/lib/kb/search");
  const { db } = await import("@/lib/db");
  const audience = { kind: "member" as const, organizationId: null };
  const queries = ["contraseña", "impresora atasco", "vpn conexion", "password reset error", "batería"];
  console.log(`\n${"query".padEnd(24)} ${"results".padStart(8)}  FTS / LIKE`);
  let ratios = 0;
  for (const query of queries) {
    const fts = await searchArticles(audience, query, { locale: "es", pageSize: 20 });
    // The scan FTS replaces: every word as a substring of title or text, same visibility, the
    // same page and total, title matches first.
    const likeWords = query.split(" ").map((w) => `%${w}%`);
    const likeWhere = likeWords.map(() => `("title" LIKE ? OR "searchText" LIKE ?)`).join(" AND ");
    const likeSql = `SELECT "id", COUNT(*) OVER () AS total FROM "KbArticle" a WHERE ${likeWhere} AND a."state" = 'PUBLISHED' AND a."visibility" IN ('PUBLIC', 'PORTAL')
      AND NOT EXISTS (SELECT 1 FROM "KbArticleOrganization" o WHERE o."articleId" = a."id") ORDER BY ("title" LIKE ?) DESC, "id" LIMIT 20`;
    const likeParams = [...likeWords.flatMap((w) => [w, w]), likeWords[0]];
    const ftsMs = await time(() => searchArticles(audience, query, { locale: "es", pageSize: 20 }))();
    const likeMs = await time(() => db.$queryRawUnsafe(likeSql, ...likeParams))();
    const ratio = ftsMs / likeMs;
    ratios += ratio;
    console.log(`${query.padEnd(24)} ${String(fts.total).padStart(8)}  ${ratio.toFixed(2)}`);
  }
  console.log(`\nMean FTS/LIKE time ratio: ${(ratios / queries.length).toFixed(2)} (below 1: full-text search is faster).`);
  console.log("FTS also folds accents (\"contrasena\" finds \"contraseña\") and ranks title matches first; LIKE does neither.");
  await db.$disconnect();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
