-- AlterTable
ALTER TABLE "TicketEvent" ALTER COLUMN "actorId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN     "logoContentType" TEXT;

