-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "lastAgentReplyAt" TIMESTAMP(3),
ADD COLUMN     "ratedAt" TIMESTAMP(3),
ADD COLUMN     "rating" INTEGER,
ADD COLUMN     "ratingComment" TEXT,
ADD COLUMN     "requesterReadAt" TIMESTAMP(3);

