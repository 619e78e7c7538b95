-- AlterTable
ALTER TABLE "KbArticle" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "KbTranslationGroup" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KbTranslationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KbArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "state" "PublishState" NOT NULL,
    "visibility" "KbVisibility" NOT NULL,
    "organizationIds" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KbArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KbFailedSearch" (
    "id" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KbFailedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KbSuggestionOpen" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KbSuggestionOpen_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KbArticleRevision_articleId_createdAt_idx" ON "KbArticleRevision"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "KbFailedSearch_createdAt_idx" ON "KbFailedSearch"("createdAt");

-- CreateIndex
CREATE INDEX "KbFailedSearch_query_idx" ON "KbFailedSearch"("query");

-- CreateIndex
CREATE INDEX "KbSuggestionOpen_openedAt_idx" ON "KbSuggestionOpen"("openedAt");

-- CreateIndex
CREATE INDEX "KbSuggestionOpen_userId_openedAt_idx" ON "KbSuggestionOpen"("userId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "KbSuggestionOpen_draftId_articleId_key" ON "KbSuggestionOpen"("draftId", "articleId");

-- CreateIndex
CREATE INDEX "KbArticle_categoryId_idx" ON "KbArticle"("categoryId");

-- CreateIndex
CREATE INDEX "KbArticle_state_visibility_idx" ON "KbArticle"("state", "visibility");

-- CreateIndex
CREATE INDEX "KbArticleOrganization_organizationId_idx" ON "KbArticleOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "KbFeedback_helpful_idx" ON "KbFeedback"("helpful");

-- Hand-written: a group for each translation key already in use, before the foreign key exists.
INSERT INTO "KbTranslationGroup" ("id") SELECT DISTINCT "translationGroupId" FROM "KbArticle";

-- AddForeignKey
ALTER TABLE "KbArticle" ADD CONSTRAINT "KbArticle_translationGroupId_fkey" FOREIGN KEY ("translationGroupId") REFERENCES "KbTranslationGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbArticleRevision" ADD CONSTRAINT "KbArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "KbArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbArticleRevision" ADD CONSTRAINT "KbArticleRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbSuggestionOpen" ADD CONSTRAINT "KbSuggestionOpen_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "KbArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbSuggestionOpen" ADD CONSTRAINT "KbSuggestionOpen_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: full-text search of articles, case- and accent-insensitive ("contrasena" finds
-- "contraseña"): the "simple" dictionary (no stemming, the same in every language, like the SQLite
-- index) behind "unaccent". The vector is a generated column, so every write keeps it in sync; the
-- title weighs more (A) than the visible text (B). Prisma does not know the column: write later
-- migrations with `migrate diff` between schema files, not by introspecting a database.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION portico_kb (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION portico_kb ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
ALTER TABLE "KbArticle" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('portico_kb'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('portico_kb'::regconfig, "searchText"), 'B')
) STORED;
CREATE INDEX "KbArticle_searchVector_idx" ON "KbArticle" USING GIN ("searchVector");
