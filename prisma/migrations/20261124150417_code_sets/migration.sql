-- CreateTable
CREATE TABLE "CodeSetVersion" (
    "id" TEXT NOT NULL,
    "system" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "added" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodeSetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Code" (
    "system" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "shortDescription" TEXT,
    "billable" BOOLEAN NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'code',
    "terminated" BOOLEAN NOT NULL DEFAULT false,
    "effectiveDate" DATE,
    "terminationDate" DATE,
    "versionId" TEXT NOT NULL,

    CONSTRAINT "Code_pkey" PRIMARY KEY ("system","code")
);

-- CreateIndex
CREATE INDEX "CodeSetVersion_system_importedAt_idx" ON "CodeSetVersion"("system", "importedAt");
