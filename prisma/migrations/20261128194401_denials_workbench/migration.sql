-- CreateTable
CREATE TABLE "DenialAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "scenarioVersion" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "rootCause" TEXT NOT NULL,
    "resolution" TEXT NOT NULL,
    "writeOffReason" TEXT,
    "correction" JSONB,
    "appealLetter" TEXT,
    "appealAttachments" JSONB,
    "payerAnswer" JSONB NOT NULL,
    "grade" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "rootCauseCorrect" BOOLEAN NOT NULL,
    "resolutionCorrect" BOOLEAN NOT NULL,
    "appealOverturned" BOOLEAN,
    "recoveredCents" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DenialAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimSubmission" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "clean" BOOLEAN NOT NULL,
    "paid" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NcciImport" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NcciImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NcciPtpEdit" (
    "column1" TEXT NOT NULL,
    "column2" TEXT NOT NULL,
    "effective" DATE NOT NULL,
    "deleted" DATE,
    "indicator" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "NcciPtpEdit_pkey" PRIMARY KEY ("column1","column2","effective")
);

-- CreateTable
CREATE TABLE "NcciMueEdit" (
    "code" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "mai" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "NcciMueEdit_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "DenialAttempt_userId_scenarioId_createdAt_idx" ON "DenialAttempt"("userId", "scenarioId", "createdAt");

-- CreateIndex
CREATE INDEX "DenialAttempt_userId_createdAt_idx" ON "DenialAttempt"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DenialAttempt_userId_idempotencyKey_key" ON "DenialAttempt"("userId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ClaimSubmission_userId_createdAt_idx" ON "ClaimSubmission"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSubmission_userId_idempotencyKey_key" ON "ClaimSubmission"("userId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "NcciPtpEdit_column2_idx" ON "NcciPtpEdit"("column2");

-- AddForeignKey
ALTER TABLE "DenialAttempt" ADD CONSTRAINT "DenialAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSubmission" ADD CONSTRAINT "ClaimSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
