-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "CodingDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CodingDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodingAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "grade" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "durationSeconds" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodingAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyDispute" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "keyLineId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "attemptId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyDispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerProfile" (
    "userId" TEXT NOT NULL,
    "state" TEXT,
    "metro" TEXT,
    "setting" TEXT,
    "yearsOfExperience" INTEGER,
    "credentials" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "targetCredential" TEXT,
    "examDate" DATE,
    "payGoal" INTEGER,
    "remotePreference" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "SalaryScenario" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SalaryScenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CodingDraft_userId_caseId_key" ON "CodingDraft"("userId", "caseId");

-- CreateIndex
CREATE INDEX "CodingAttempt_userId_caseId_createdAt_idx" ON "CodingAttempt"("userId", "caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CodingAttempt_userId_createdAt_idx" ON "CodingAttempt"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CodingAttempt_userId_idempotencyKey_key" ON "CodingAttempt"("userId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "KeyDispute_status_createdAt_idx" ON "KeyDispute"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "KeyDispute_userId_caseId_caseVersion_keyLineId_key" ON "KeyDispute"("userId", "caseId", "caseVersion", "keyLineId");

-- CreateIndex
CREATE INDEX "SalaryScenario_userId_createdAt_idx" ON "SalaryScenario"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "CodingDraft" ADD CONSTRAINT "CodingDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodingAttempt" ADD CONSTRAINT "CodingAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyDispute" ADD CONSTRAINT "KeyDispute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyDispute" ADD CONSTRAINT "KeyDispute_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "CodingAttempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerProfile" ADD CONSTRAINT "LearnerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalaryScenario" ADD CONSTRAINT "SalaryScenario_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
