-- AlterTable
ALTER TABLE "TicketPresence" ADD COLUMN "viewingAt" DATETIME;

