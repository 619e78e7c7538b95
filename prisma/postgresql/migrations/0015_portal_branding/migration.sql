-- CreateEnum
CREATE TYPE "AnnouncementSeverity" AS ENUM ('INFO', 'WARNING', 'OUTAGE');

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN     "bannerTextEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "colorScheme" TEXT NOT NULL DEFAULT 'system',
ADD COLUMN     "faviconContentType" TEXT,
ADD COLUMN     "faviconKey" TEXT,
ADD COLUMN     "privacyUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supportEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supportPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "welcomeTextEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "welcomeTextEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "welcomeTitleEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "welcomeTitleEs" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "severity" "AnnouncementSeverity" NOT NULL DEFAULT 'INFO',
    "messageEn" TEXT NOT NULL,
    "messageEs" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementDismissal" (
    "announcementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnouncementDismissal_pkey" PRIMARY KEY ("announcementId","userId")
);

-- CreateIndex
CREATE INDEX "Announcement_startsAt_endsAt_idx" ON "Announcement"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "AnnouncementDismissal_userId_idx" ON "AnnouncementDismissal"("userId");

-- AddForeignKey
ALTER TABLE "AnnouncementDismissal" ADD CONSTRAINT "AnnouncementDismissal_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementDismissal" ADD CONSTRAINT "AnnouncementDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "KbArticle" ADD COLUMN "proseText" TEXT NOT NULL DEFAULT '';
UPDATE "KbArticle" SET "proseText" = "searchText";

-- Hand-written: the search vector now also holds the words' English and Spanish stems
-- ("impresoras" finds "impresora", "printers" finds "printer"), accent-insensitive like before,
-- beside the unstemmed words (prefix search as one types). lib/kb/search.ts queries all three.
CREATE TEXT SEARCH CONFIGURATION portico_kb_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION portico_kb_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION portico_kb_es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION portico_kb_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
DROP INDEX "KbArticle_searchVector_idx";
ALTER TABLE "KbArticle" DROP COLUMN "searchVector";
ALTER TABLE "KbArticle" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('portico_kb'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('portico_kb_en'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('portico_kb_es'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('portico_kb'::regconfig, "searchText"), 'B') ||
    setweight(to_tsvector('portico_kb_en'::regconfig, "searchText"), 'B') ||
    setweight(to_tsvector('portico_kb_es'::regconfig, "searchText"), 'B')
) STORED;
CREATE INDEX "KbArticle_searchVector_idx" ON "KbArticle" USING GIN ("searchVector");
