-- AlterTable
ALTER TABLE "Document" ADD COLUMN "archivedAt" DATETIME;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "personKind" TEXT;

-- CreateIndex
CREATE INDEX "Note_personKind_idx" ON "Note"("personKind");

