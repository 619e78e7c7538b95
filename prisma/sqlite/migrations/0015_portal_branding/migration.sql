-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "severity" TEXT NOT NULL DEFAULT 'INFO',
    "messageEn" TEXT NOT NULL,
    "messageEs" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AnnouncementDismissal" (
    "announcementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("announcementId", "userId"),
    CONSTRAINT "AnnouncementDismissal_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnnouncementDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (added columns only: other branches add theirs to the same table)
ALTER TABLE "PortalSettings" ADD COLUMN "bannerTextEs" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "welcomeTitleEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "welcomeTitleEs" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "welcomeTextEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "welcomeTextEs" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "supportPhone" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "supportEmail" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "privacyUrl" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PortalSettings" ADD COLUMN "colorScheme" TEXT NOT NULL DEFAULT 'system';
ALTER TABLE "PortalSettings" ADD COLUMN "faviconKey" TEXT;
ALTER TABLE "PortalSettings" ADD COLUMN "faviconContentType" TEXT;

-- CreateIndex
CREATE INDEX "Announcement_startsAt_endsAt_idx" ON "Announcement"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "AnnouncementDismissal_userId_idx" ON "AnnouncementDismissal"("userId");


-- AlterTable (an added column: no table rebuild, which would also lose nothing but is not needed)
ALTER TABLE "KbArticle" ADD COLUMN "proseText" TEXT NOT NULL DEFAULT '';
UPDATE "KbArticle" SET "proseText" = "searchText";

-- Hand-written: the full-text index gains the articles' prose (where snippets are cut from) and
-- their word stems in English and Spanish ("impresoras" finds "impresora"), written by
-- lib/kb/search.ts. Stems of articles already there are written by `npm run cli -- kb-reindex`,
-- which start-up runs; until then they are still found by the words' beginnings, as before.
DROP TABLE "KbArticleFts";
CREATE VIRTUAL TABLE "KbArticleFts" USING fts5(
    "articleId" UNINDEXED,
    "title",
    "searchText",
    "proseText",
    "stems",
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO "KbArticleFts" ("articleId", "title", "searchText", "proseText", "stems") SELECT "id", "title", "searchText", "searchText", '' FROM "KbArticle";
