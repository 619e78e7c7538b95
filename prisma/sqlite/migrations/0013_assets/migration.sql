-- Ticket and PortalSettings get added columns only (other branches add columns to them too);
-- Asset and AssetAssignment were empty placeholders and are rebuilt.
-- CreateTable
CREATE TABLE "AssetType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AssetLocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
ALTER TABLE "Ticket" ADD COLUMN "assetId" TEXT REFERENCES "Asset" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Ticket_assetId_idx" ON "Ticket"("assetId");
CREATE TABLE "new_Asset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tag" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "manufacturer" TEXT,
    "model" TEXT,
    "serialNumber" TEXT,
    "status" TEXT NOT NULL DEFAULT 'IN_STOCK',
    "purchaseDate" DATETIME,
    "purchaseCostCents" INTEGER,
    "warrantyEnd" DATETIME,
    "locationId" TEXT,
    "organizationId" TEXT,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Asset_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AssetType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Asset_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "AssetLocation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Asset_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
DROP TABLE "Asset";
ALTER TABLE "new_Asset" RENAME TO "Asset";
CREATE UNIQUE INDEX "Asset_tag_key" ON "Asset"("tag");
CREATE INDEX "Asset_name_idx" ON "Asset"("name");
CREATE INDEX "Asset_serialNumber_idx" ON "Asset"("serialNumber");
CREATE INDEX "Asset_status_updatedAt_idx" ON "Asset"("status", "updatedAt");
CREATE INDEX "Asset_typeId_updatedAt_idx" ON "Asset"("typeId", "updatedAt");
CREATE INDEX "Asset_organizationId_updatedAt_idx" ON "Asset"("organizationId", "updatedAt");
CREATE INDEX "Asset_warrantyEnd_idx" ON "Asset"("warrantyEnd");
CREATE INDEX "Asset_updatedAt_idx" ON "Asset"("updatedAt");
CREATE TABLE "new_AssetAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assetId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openAssetId" TEXT,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedById" TEXT,
    "assignComment" TEXT,
    "endedAt" DATETIME,
    "endedById" TEXT,
    "endComment" TEXT,
    CONSTRAINT "AssetAssignment_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssetAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssetAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AssetAssignment_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
DROP TABLE "AssetAssignment";
ALTER TABLE "new_AssetAssignment" RENAME TO "AssetAssignment";
CREATE UNIQUE INDEX "AssetAssignment_openAssetId_key" ON "AssetAssignment"("openAssetId");
CREATE INDEX "AssetAssignment_assetId_assignedAt_idx" ON "AssetAssignment"("assetId", "assignedAt");
CREATE INDEX "AssetAssignment_userId_endedAt_idx" ON "AssetAssignment"("userId", "endedAt");
ALTER TABLE "PortalSettings" ADD COLUMN "assetTagPrefix" TEXT NOT NULL DEFAULT 'AST-';
ALTER TABLE "PortalSettings" ADD COLUMN "assetsForEmployees" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "PortalSettings" ADD COLUMN "assetsForCustomers" BOOLEAN NOT NULL DEFAULT true;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AssetType_name_key" ON "AssetType"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AssetLocation_name_key" ON "AssetLocation"("name");

