-- AlterTable
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "customerUpdatedAt" DATETIME;

-- CreateTable
CREATE TABLE "TicketPresence" (
    "ticketId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("ticketId", "userId"),
    CONSTRAINT "TicketPresence_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TicketPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "emailPending" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgentEmailPreferences" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "ticketFiled" BOOLEAN NOT NULL DEFAULT true,
    "requesterReply" BOOLEAN NOT NULL DEFAULT true,
    "reopened" BOOLEAN NOT NULL DEFAULT true,
    "lowRating" BOOLEAN NOT NULL DEFAULT true,
    "unassigned" BOOLEAN NOT NULL DEFAULT true,
    "lastEmailAt" DATETIME,
    CONSTRAINT "AgentEmailPreferences_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a column added in place: other branches add their own PortalSettings columns)
ALTER TABLE "PortalSettings" ADD COLUMN "defaultTimeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateIndex
CREATE INDEX "TicketPresence_ticketId_seenAt_idx" ON "TicketPresence"("ticketId", "seenAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_emailPending_idx" ON "Notification"("userId", "emailPending");

