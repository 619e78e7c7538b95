-- CreateEnum
CREATE TYPE "TicketFieldType" AS ENUM ('TEXT', 'CHOICE', 'DATE', 'CHECKBOX');

-- CreateTable
CREATE TABLE "TicketCategoryField" (
    "id" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelEs" TEXT NOT NULL,
    "type" "TicketFieldType" NOT NULL DEFAULT 'TEXT',
    "options" TEXT NOT NULL DEFAULT '[]',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TicketCategoryField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketFieldValue" (
    "id" TEXT NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "fieldId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "TicketFieldValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TicketCategoryField_categoryId_sortOrder_idx" ON "TicketCategoryField"("categoryId", "sortOrder");

-- CreateIndex
CREATE INDEX "TicketFieldValue_fieldId_idx" ON "TicketFieldValue"("fieldId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketFieldValue_ticketId_fieldId_key" ON "TicketFieldValue"("ticketId", "fieldId");

-- AddForeignKey
ALTER TABLE "TicketCategoryField" ADD CONSTRAINT "TicketCategoryField_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "TicketCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketFieldValue" ADD CONSTRAINT "TicketFieldValue_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketFieldValue" ADD CONSTRAINT "TicketFieldValue_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "TicketCategoryField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

