-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "personKind" "PersonKind";

-- CreateIndex
CREATE INDEX "Note_personKind_idx" ON "Note"("personKind");

