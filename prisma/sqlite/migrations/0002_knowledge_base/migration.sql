-- CreateTable
CREATE TABLE "KbTranslationGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Hand-written: a group for each translation key already in use, before the foreign key exists.
INSERT INTO "KbTranslationGroup" ("id") SELECT DISTINCT "translationGroupId" FROM "KbArticle";

-- CreateTable
CREATE TABLE "KbArticleRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "organizationIds" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KbArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "KbArticle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KbArticleRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KbFailedSearch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "query" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "KbSuggestionOpen" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KbSuggestionOpen_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "KbArticle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KbSuggestionOpen_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_KbArticle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "categoryId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "translationGroupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "visibility" TEXT NOT NULL DEFAULT 'PORTAL',
    "authorId" TEXT NOT NULL,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "KbArticle_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "KbCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "KbArticle_translationGroupId_fkey" FOREIGN KEY ("translationGroupId") REFERENCES "KbTranslationGroup" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "KbArticle_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_KbArticle" ("authorId", "body", "categoryId", "createdAt", "id", "locale", "slug", "state", "title", "translationGroupId", "updatedAt", "viewCount", "visibility") SELECT "authorId", "body", "categoryId", "createdAt", "id", "locale", "slug", "state", "title", "translationGroupId", "updatedAt", "viewCount", "visibility" FROM "KbArticle";
DROP TABLE "KbArticle";
ALTER TABLE "new_KbArticle" RENAME TO "KbArticle";
CREATE INDEX "KbArticle_translationGroupId_idx" ON "KbArticle"("translationGroupId");
CREATE INDEX "KbArticle_categoryId_idx" ON "KbArticle"("categoryId");
CREATE INDEX "KbArticle_state_visibility_idx" ON "KbArticle"("state", "visibility");
CREATE UNIQUE INDEX "KbArticle_slug_locale_key" ON "KbArticle"("slug", "locale");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
CREATE INDEX "KbArticleOrganization_organizationId_idx" ON "KbArticleOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "KbFeedback_helpful_idx" ON "KbFeedback"("helpful");


-- Hand-written: the full-text index of articles (title and visible text), case- and
-- accent-insensitive ("contrasena" finds "contraseña"). lib/kb/search.ts writes it in the same
-- transaction as the article, rather than triggers, which a later table redefinition would drop.
-- Prisma does not know this table: write later migrations with `migrate diff` between schema
-- files (as the README says), not by introspecting a database, or it would be dropped.
CREATE VIRTUAL TABLE "KbArticleFts" USING fts5(
    "articleId" UNINDEXED,
    "title",
    "searchText",
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO "KbArticleFts" ("articleId", "title", "searchText") SELECT "id", "title", "searchText" FROM "KbArticle";
