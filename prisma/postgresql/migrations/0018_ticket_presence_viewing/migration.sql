-- AlterTable
ALTER TABLE "TicketPresence" ADD COLUMN     "viewingAt" TIMESTAMP(3);

