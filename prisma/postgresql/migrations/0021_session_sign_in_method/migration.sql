-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "signInMethod" TEXT NOT NULL DEFAULT 'unknown';

