import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { reportInvalidStoredValue } from "@/lib/db/stored-data";
import { DomainError } from "@/lib/errors";
import { buildReport, type DayReport } from "@/lib/simulation/report";
import { reduceDay } from "@/lib/simulation/reduce";
import { replayDay } from "@/lib/simulation/replay";
import type { Scenario } from "@/lib/simulation/scenario-schema";
import type { CodeCheck } from "@/lib/claims/tables";
import type { DayAction, DayContext, DayState, StoredAction } from "@/lib/simulation/types";
import { dayContext, findScenario, reportNorms } from "@/lib/workday/catalog";
import { workdayCodeCheck } from "@/lib/workday/claims-adapter";
import { codeVerdictsFromStored, pinnedCodeCheck, type PinnedCodeCheck } from "@/lib/workday/pinned-code-check";
import { DayActionSchema, type AppendActionInput } from "@/lib/workday/schemas";

type Tx = Prisma.TransactionClient;
type RunRow = {
  id: string;
  userId: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: string;
  status: "ACTIVE" | "ENDED" | "ABANDONED";
  lastSeq: number;
  startedAt: Date;
  endedAt: Date | null;
  codeVerdicts: unknown;
};

/** A run with its state rebuilt, and the context it was played against (its charts, fee schedule and denials). */
export type LoadedRun = { run: RunRow; scenario: Scenario; context: DayContext; state: DayState; actions: StoredAction[] };

/** Headline figures cached on the run when its day ends (the full report is always rebuilt from the actions). */
const RunSummarySchema = z.object({
  chartsCoded: z.number().int().min(0),
  chartsPerHour: z.number().finite().min(0),
  accuracy: z.number().finite().min(0).max(100).nullable(),
  revenue: z.number().finite(),
  norm: z.number().finite(),
  meetsProductivity: z.boolean(),
  meetsAccuracy: z.boolean(),
});
export type RunSummary = z.infer<typeof RunSummarySchema>;

/** The cached summary parsed, never cast: a malformed one is logged and read as none (the report itself is rebuilt from the actions). */
function summaryFromStored(stored: unknown, runId: string): RunSummary | null {
  if (stored === null || stored === undefined) return null;
  const parsed = RunSummarySchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  reportInvalidStoredValue(`workday run ${runId}`, "summary", parsed.error.issues);
  return null;
}

function scenarioOf(run: Pick<RunRow, "scenarioId">): Scenario {
  const scenario = findScenario(run.scenarioId);
  if (!scenario) throw new DomainError("NOT_FOUND", "That workday scenario no longer exists.");
  return scenario;
}

/**
 * A stored action, parsed with the schema it was accepted under. A day is its actions replayed in order, so one
 * that no longer parses cannot be skipped without changing the day: it is logged, and the day refuses to open
 * (it can still be abandoned and started afresh).
 */
function toStored(row: { seq: number; payload: unknown; createdAt: Date }): StoredAction {
  const parsed = DayActionSchema.safeParse(row.payload);
  if (!parsed.success) {
    reportInvalidStoredValue("workday action", `action ${row.seq}`, parsed.error.issues);
    throw new DomainError("CONFLICT", "This day's saved history could not be read, so it cannot be resumed. Abandon it and start the day again.");
  }
  return { seq: row.seq, atMs: row.createdAt.getTime(), action: parsed.data as DayAction };
}

async function ownRun(db: Database | Tx, userId: string, runId: string): Promise<RunRow> {
  const run = await db.workdayRun.findFirst({ where: { id: runId, userId } });
  if (!run) throw new DomainError("NOT_FOUND", "That day does not exist.");
  return run;
}

/** A run replayed, with the code check its denial work is judged by: the verdicts pinned to the run, then `live`. */
async function replayRun(db: Database | Tx, run: RunRow, live: CodeCheck): Promise<LoadedRun & { pinned: PinnedCodeCheck }> {
  const scenario = scenarioOf(run);
  const rows = await db.workdayAction.findMany({ where: { runId: run.id }, orderBy: { seq: "asc" }, select: { seq: true, payload: true, createdAt: true } });
  const actions = rows.map(toStored);
  const pinned = pinnedCodeCheck(live, codeVerdictsFromStored(run.codeVerdicts, run.id));
  const context = dayContext(scenario, pinned.check);
  return { run, scenario, context, actions, state: replayDay(context, run.seed, actions), pinned };
}

const loadedRun = ({ run, scenario, context, state, actions }: LoadedRun): LoadedRun => ({ run, scenario, context, state, actions });

/** A learner's run with its state rebuilt by replaying its actions. Another learner's run is "not found". */
export async function loadRun(db: Database, userId: string, runId: string): Promise<LoadedRun> {
  return loadedRun(await replayRun(db, await ownRun(db, userId, runId), await workdayCodeCheck(db)));
}

/** Starts a day of a scenario, or returns the learner's day of it already in progress (one active day per scenario). */
export async function startRun(db: Database, userId: string, scenarioId: string, seed: string = randomUUID()): Promise<RunRow> {
  const scenario = findScenario(scenarioId);
  if (!scenario) throw new DomainError("NOT_FOUND", "That workday scenario does not exist.");
  const existing = await db.workdayRun.findFirst({ where: { userId, activeKey: scenario.id } });
  if (existing) return existing;
  try {
    return await db.workdayRun.create({ data: { userId, scenarioId: scenario.id, scenarioVersion: scenario.version, seed, activeKey: scenario.id } });
  } catch (error) {
    // Two starts racing: the unique (userId, activeKey) lets one in; the other gets that run.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return db.workdayRun.findFirstOrThrow({ where: { userId, activeKey: scenario.id } });
    throw error;
  }
}

/** Gives up a day in progress; the learner can then start the scenario afresh. */
export async function abandonRun(db: Database, userId: string, runId: string): Promise<void> {
  const run = await ownRun(db, userId, runId);
  if (run.status !== "ACTIVE") throw new DomainError("CONFLICT", "That day is already over.");
  await db.workdayRun.update({ where: { id: run.id }, data: { status: "ABANDONED", activeKey: null, endedAt: new Date() } });
}

function summaryOf(report: DayReport): RunSummary {
  return {
    chartsCoded: report.charts.coded,
    chartsPerHour: report.productivity.chartsPerHour,
    accuracy: report.audit.accuracy,
    revenue: report.revenue.total,
    norm: report.productivity.target,
    meetsProductivity: report.productivity.meets,
    meetsAccuracy: report.audit.meets,
  };
}

/**
 * Applies one action to a run, stored once under its sequence number with the server's time. The run row is
 * locked for the transaction; the action must be the next one (seq = last + 1). The same action sent again under
 * a sequence number already stored is applied once (the stored state comes back); a different one is refused.
 * A chart coded during the day is also recorded as a coding attempt, so it counts toward progress and readiness.
 */
export async function appendAction(db: Database, userId: string, input: AppendActionInput, now = new Date()): Promise<LoadedRun> {
  const codeCheck = await workdayCodeCheck(db);
  const attempt = () =>
    db.$transaction(async (tx) => {
      await ownRun(tx, userId, input.runId);
      await tx.$queryRaw`SELECT id FROM "WorkdayRun" WHERE id = ${input.runId} FOR UPDATE`;
      const run = await ownRun(tx, userId, input.runId);
      if (input.seq <= run.lastSeq) {
        const stored = await tx.workdayAction.findUnique({ where: { runId_seq: { runId: run.id, seq: input.seq } } });
        if (stored && JSON.stringify(stored.payload) === JSON.stringify(input.action)) return loadedRun(await replayRun(tx, run, codeCheck));
        throw new DomainError("CONFLICT", "This day has moved on in another window. Reload to see where it stands.");
      }
      if (input.seq !== run.lastSeq + 1) throw new DomainError("CONFLICT", "An action is missing before this one. Reload the day.");
      if (run.status !== "ACTIVE") throw new DomainError("CONFLICT", run.status === "ENDED" ? "This day is over. Open its report." : "This day was abandoned.");
      const loaded = await replayRun(tx, run, codeCheck);
      const { context } = loaded;
      const stored: StoredAction = { seq: input.seq, atMs: now.getTime(), action: input.action as DayAction };
      const state = reduceDay(context, loaded.state, stored);
      await tx.workdayAction.create({
        data: { runId: run.id, seq: input.seq, type: input.action.type, payload: input.action as Prisma.InputJsonValue, createdAt: now },
      });
      const ended = state.status === "ended";
      const summary = ended ? summaryOf(buildReport(context, state, reportNorms(loaded.scenario))) : undefined;
      const updated = await tx.workdayRun.update({
        where: { id: run.id },
        data: {
          lastSeq: input.seq,
          // Verdicts first met by this action (or by replaying a day from before verdicts were kept) are pinned now.
          ...(loaded.pinned.learned() ? { codeVerdicts: loaded.pinned.verdicts } : {}),
          ...(ended ? { status: "ENDED", activeKey: null, endedAt: now, summary: summary as unknown as Prisma.InputJsonValue } : {}),
        },
      });
      const action = input.action;
      if (action.type === "submit-chart") {
        const chart = state.charts.find((candidate) => candidate.caseId === action.caseId)!;
        const chartCase = context.cases.get(chart.caseId)!;
        await tx.codingAttempt.create({
          data: {
            userId,
            caseId: chart.caseId,
            caseVersion: chartCase.version,
            idempotencyKey: `workday:${run.id}:${input.seq}`,
            answer: action.submission as unknown as Prisma.InputJsonValue,
            grade: chart.grade as unknown as Prisma.InputJsonValue,
            score: chart.grade!.score,
            durationSeconds: chart.realSeconds ?? chart.minutes * 60,
            createdAt: now,
          },
        });
        await tx.codingDraft.deleteMany({ where: { userId, caseId: chart.caseId } });
      }
      return { run: updated, scenario: loaded.scenario, context, state, actions: [...loaded.actions, stored] };
    });
  try {
    return await attempt();
  } catch (error) {
    // The same action racing itself: the unique (runId, seq) lets one in; the retry finds it stored and returns it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return attempt();
    throw error;
  }
}

/** The end-of-day report, computed from the run's stored actions (so it can always be regenerated). */
export async function getRunReport(db: Database, userId: string, runId: string): Promise<{ loaded: LoadedRun; report: DayReport }> {
  const loaded = await loadRun(db, userId, runId);
  return { loaded, report: buildReport(loaded.context, loaded.state, reportNorms(loaded.scenario)) };
}

export type RunListItem = {
  id: string;
  scenarioId: string;
  status: RunRow["status"];
  startedAt: Date;
  endedAt: Date | null;
  lastSeq: number;
  summary: RunSummary | null;
};

/** The learner's days, newest first. */
export async function listRuns(db: Database, userId: string): Promise<RunListItem[]> {
  const rows = await db.workdayRun.findMany({
    where: { userId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: { id: true, scenarioId: true, status: true, startedAt: true, endedAt: true, lastSeq: true, summary: true },
  });
  return rows.map((row) => ({ ...row, summary: summaryFromStored(row.summary, row.id) }));
}
