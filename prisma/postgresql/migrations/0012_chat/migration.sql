-- The chat placeholders never held data; their tables are reshaped from empty.
DELETE FROM "ChatMessage";
DELETE FROM "ChatConversation";

-- CreateEnum
CREATE TYPE "ChatMessageKind" AS ENUM ('PUBLIC', 'INTERNAL', 'EVENT');

-- CreateEnum
CREATE TYPE "ChatAvailability" AS ENUM ('ONLINE', 'AWAY');

-- AlterEnum
BEGIN;
CREATE TYPE "ChatStatus_new" AS ENUM ('WAITING', 'ACTIVE', 'CLOSED');
ALTER TABLE "ChatConversation" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "ChatConversation" ALTER COLUMN "status" TYPE "ChatStatus_new" USING ("status"::text::"ChatStatus_new");
ALTER TYPE "ChatStatus" RENAME TO "ChatStatus_old";
ALTER TYPE "ChatStatus_new" RENAME TO "ChatStatus";
DROP TYPE "ChatStatus_old";
ALTER TABLE "ChatConversation" ALTER COLUMN "status" SET DEFAULT 'WAITING';
COMMIT;

-- DropForeignKey
ALTER TABLE "ChatMessage" DROP CONSTRAINT "ChatMessage_authorId_fkey";

-- DropIndex
DROP INDEX "ChatConversation_requesterId_idx";

-- DropIndex
DROP INDEX "ChatMessage_conversationId_createdAt_idx";

-- AlterTable
ALTER TABLE "UserPortalOptions" ADD COLUMN     "showChat" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ChatConversation" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "conversionRequestedAt" TIMESTAMP(3),
ADD COLUMN     "emailedSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastAgentSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "lastSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "startedOffline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ticketId" INTEGER,
ALTER COLUMN "status" SET DEFAULT 'WAITING';

-- AlterTable
ALTER TABLE "ChatMessage" ADD COLUMN     "kind" "ChatMessageKind" NOT NULL DEFAULT 'PUBLIC',
ADD COLUMN     "seq" INTEGER NOT NULL,
ALTER COLUMN "authorId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN     "chatEmailDelayMinutes" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "ChatReadMarker" (
    "conversationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatReadMarker_pkey" PRIMARY KEY ("conversationId","userId")
);

-- CreateTable
CREATE TABLE "ChatAttachment" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatAgentStatus" (
    "userId" TEXT NOT NULL,
    "availability" "ChatAvailability" NOT NULL DEFAULT 'AWAY',
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatAgentStatus_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "ChatReadMarker_userId_idx" ON "ChatReadMarker"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatAttachment_storageKey_key" ON "ChatAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "ChatAttachment_conversationId_idx" ON "ChatAttachment"("conversationId");

-- CreateIndex
CREATE INDEX "ChatAttachment_messageId_idx" ON "ChatAttachment"("messageId");

-- CreateIndex
CREATE INDEX "ChatAgentStatus_availability_lastSeenAt_idx" ON "ChatAgentStatus"("availability", "lastSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChatConversation_ticketId_key" ON "ChatConversation"("ticketId");

-- CreateIndex
CREATE INDEX "ChatConversation_requesterId_lastMessageAt_idx" ON "ChatConversation"("requesterId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "ChatConversation_status_createdAt_idx" ON "ChatConversation"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ChatConversation_assigneeId_status_idx" ON "ChatConversation"("assigneeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMessage_conversationId_seq_key" ON "ChatMessage"("conversationId", "seq");

-- AddForeignKey
ALTER TABLE "ChatConversation" ADD CONSTRAINT "ChatConversation_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatReadMarker" ADD CONSTRAINT "ChatReadMarker_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "ChatConversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatReadMarker" ADD CONSTRAINT "ChatReadMarker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatAttachment" ADD CONSTRAINT "ChatAttachment_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "ChatConversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatAttachment" ADD CONSTRAINT "ChatAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ChatMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatAttachment" ADD CONSTRAINT "ChatAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatAgentStatus" ADD CONSTRAINT "ChatAgentStatus_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

