-- Fixed vocabularies become enums, and queried foreign keys get indexes. Existing values are cast in place
-- (USING), so no row loses data; the profile's two optional columns keep only values the app accepts (a value it
-- never wrote becomes NULL rather than stopping the migration).

-- CreateEnum
CREATE TYPE "CodeSystem" AS ENUM ('icd10cm', 'hcpcs', 'cpt');

-- CreateEnum
CREATE TYPE "CodeKind" AS ENUM ('code', 'modifier');

-- CreateEnum
CREATE TYPE "WorkSetting" AS ENUM ('hospital', 'physician-office');

-- CreateEnum
CREATE TYPE "RemotePreference" AS ENUM ('remote', 'hybrid', 'on-site');

-- AlterTable
ALTER TABLE "Code" ALTER COLUMN "system" SET DATA TYPE "CodeSystem" USING "system"::"CodeSystem",
ALTER COLUMN "kind" DROP DEFAULT,
ALTER COLUMN "kind" SET DATA TYPE "CodeKind" USING "kind"::"CodeKind",
ALTER COLUMN "kind" SET DEFAULT 'code';

-- AlterTable
ALTER TABLE "CodeSetVersion" ALTER COLUMN "system" SET DATA TYPE "CodeSystem" USING "system"::"CodeSystem";

-- AlterTable
ALTER TABLE "LearnerProfile" ALTER COLUMN "setting" SET DATA TYPE "WorkSetting"
  USING (CASE WHEN "setting" IN ('hospital', 'physician-office') THEN "setting"::"WorkSetting" END),
ALTER COLUMN "remotePreference" SET DATA TYPE "RemotePreference"
  USING (CASE WHEN "remotePreference" IN ('remote', 'hybrid', 'on-site') THEN "remotePreference"::"RemotePreference" END);

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "Code_versionId_idx" ON "Code"("versionId");

-- CreateIndex
CREATE INDEX "KeyDispute_attemptId_idx" ON "KeyDispute"("attemptId");

-- AddForeignKey
ALTER TABLE "Code" ADD CONSTRAINT "Code_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CodeSetVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
