-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "lastAgentReplyAt" DATETIME;
ALTER TABLE "Ticket" ADD COLUMN "ratedAt" DATETIME;
ALTER TABLE "Ticket" ADD COLUMN "rating" INTEGER;
ALTER TABLE "Ticket" ADD COLUMN "ratingComment" TEXT;
ALTER TABLE "Ticket" ADD COLUMN "requesterReadAt" DATETIME;

