-- Asset and AssetAssignment were empty placeholders (nothing wrote them): clear them before the new required columns.
DELETE FROM "AssetAssignment";
DELETE FROM "Asset";

-- CreateEnum
CREATE TYPE "AssetStatus" AS ENUM ('IN_STOCK', 'IN_USE', 'IN_REPAIR', 'RETIRED', 'LOST');

-- AlterEnum
ALTER TYPE "TicketFieldType" ADD VALUE 'ASSET';

-- DropIndex
DROP INDEX "Asset_assetTag_key";

-- DropIndex
DROP INDEX "AssetAssignment_userId_idx";

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "assetId" TEXT;

-- AlterTable
ALTER TABLE "Asset" DROP COLUMN "assetTag",
DROP COLUMN "type",
ADD COLUMN     "locationId" TEXT,
ADD COLUMN     "manufacturer" TEXT,
ADD COLUMN     "model" TEXT,
ADD COLUMN     "organizationId" TEXT,
ADD COLUMN     "purchaseCostCents" INTEGER,
ADD COLUMN     "purchaseDate" TIMESTAMP(3),
ADD COLUMN     "tag" TEXT NOT NULL,
ADD COLUMN     "typeId" TEXT NOT NULL,
ADD COLUMN     "warrantyEnd" TIMESTAMP(3),
DROP COLUMN "status",
ADD COLUMN     "status" "AssetStatus" NOT NULL DEFAULT 'IN_STOCK';

-- AlterTable
ALTER TABLE "AssetAssignment" DROP CONSTRAINT "AssetAssignment_pkey",
ADD COLUMN     "assignComment" TEXT,
ADD COLUMN     "assignedById" TEXT,
ADD COLUMN     "endComment" TEXT,
ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "endedById" TEXT,
ADD COLUMN     "id" TEXT NOT NULL,
ADD COLUMN     "openAssetId" TEXT,
ADD CONSTRAINT "AssetAssignment_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN     "assetTagPrefix" TEXT NOT NULL DEFAULT 'AST-',
ADD COLUMN     "assetsForCustomers" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "assetsForEmployees" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "AssetType" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetLocation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetLocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssetType_name_key" ON "AssetType"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AssetLocation_name_key" ON "AssetLocation"("name");

-- CreateIndex
CREATE INDEX "Ticket_assetId_idx" ON "Ticket"("assetId");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_tag_key" ON "Asset"("tag");

-- CreateIndex
CREATE INDEX "Asset_name_idx" ON "Asset"("name");

-- CreateIndex
CREATE INDEX "Asset_serialNumber_idx" ON "Asset"("serialNumber");

-- CreateIndex
CREATE INDEX "Asset_status_updatedAt_idx" ON "Asset"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Asset_typeId_updatedAt_idx" ON "Asset"("typeId", "updatedAt");

-- CreateIndex
CREATE INDEX "Asset_organizationId_updatedAt_idx" ON "Asset"("organizationId", "updatedAt");

-- CreateIndex
CREATE INDEX "Asset_warrantyEnd_idx" ON "Asset"("warrantyEnd");

-- CreateIndex
CREATE INDEX "Asset_updatedAt_idx" ON "Asset"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AssetAssignment_openAssetId_key" ON "AssetAssignment"("openAssetId");

-- CreateIndex
CREATE INDEX "AssetAssignment_assetId_assignedAt_idx" ON "AssetAssignment"("assetId", "assignedAt");

-- CreateIndex
CREATE INDEX "AssetAssignment_userId_endedAt_idx" ON "AssetAssignment"("userId", "endedAt");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AssetType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "AssetLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetAssignment" ADD CONSTRAINT "AssetAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetAssignment" ADD CONSTRAINT "AssetAssignment_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

