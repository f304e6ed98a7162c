-- CreateEnum
CREATE TYPE "WorkdayRunStatus" AS ENUM ('ACTIVE', 'ENDED', 'ABANDONED');

-- CreateTable
CREATE TABLE "WorkdayRun" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "scenarioVersion" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "status" "WorkdayRunStatus" NOT NULL DEFAULT 'ACTIVE',
    "activeKey" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "WorkdayRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkdayAction" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkdayAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkdayRun_userId_startedAt_idx" ON "WorkdayRun"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkdayRun_userId_activeKey_key" ON "WorkdayRun"("userId", "activeKey");

-- CreateIndex
CREATE UNIQUE INDEX "WorkdayAction_runId_seq_key" ON "WorkdayAction"("runId", "seq");

-- AddForeignKey
ALTER TABLE "WorkdayRun" ADD CONSTRAINT "WorkdayRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkdayAction" ADD CONSTRAINT "WorkdayAction_runId_fkey" FOREIGN KEY ("runId") REFERENCES "WorkdayRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
