-- AlterTable
ALTER TABLE "WorkdayRun" ADD COLUMN     "codeVerdicts" JSONB;
