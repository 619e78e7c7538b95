-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "customerUpdatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN     "defaultTimeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "TicketPresence" (
    "ticketId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketPresence_pkey" PRIMARY KEY ("ticketId","userId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailPending" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentEmailPreferences" (
    "userId" TEXT NOT NULL,
    "ticketFiled" BOOLEAN NOT NULL DEFAULT true,
    "requesterReply" BOOLEAN NOT NULL DEFAULT true,
    "reopened" BOOLEAN NOT NULL DEFAULT true,
    "lowRating" BOOLEAN NOT NULL DEFAULT true,
    "unassigned" BOOLEAN NOT NULL DEFAULT true,
    "lastEmailAt" TIMESTAMP(3),

    CONSTRAINT "AgentEmailPreferences_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "TicketPresence_ticketId_seenAt_idx" ON "TicketPresence"("ticketId", "seenAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_emailPending_idx" ON "Notification"("userId", "emailPending");

-- AddForeignKey
ALTER TABLE "TicketPresence" ADD CONSTRAINT "TicketPresence_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketPresence" ADD CONSTRAINT "TicketPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentEmailPreferences" ADD CONSTRAINT "AgentEmailPreferences_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

