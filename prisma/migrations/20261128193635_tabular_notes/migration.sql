-- CreateTable
CREATE TABLE "TabularNotesImport" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "codes" INTEGER NOT NULL,
    "notes" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TabularNotesImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TabularNote" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TabularNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TabularNotesImport_importedAt_idx" ON "TabularNotesImport"("importedAt");

-- CreateIndex
CREATE INDEX "TabularNote_code_idx" ON "TabularNote"("code");
