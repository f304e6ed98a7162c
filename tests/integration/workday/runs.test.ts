import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";
import { replayDay } from "@/lib/simulation/replay";
import { dayContext, findScenario } from "@/lib/workday/catalog";
import { workdayCodeCheck } from "@/lib/workday/claims-adapter";
import { abandonRun, appendAction, getRunReport, listRuns, loadRun, startRun } from "@/lib/workday/runs";
import { AppendActionSchema } from "@/lib/workday/schemas";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";
import { tutorialMorning } from "@/tests/unit/workday/tutorial-day";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const SCENARIO = "tutorial-day";
const KNEE = "ortho-knee-scope-medial-meniscus";
let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `workday${++counter}@example.org` }, select: { id: true } });
const send = (userId: string, runId: string, seq: number, action: unknown, now?: Date) =>
  appendAction(database.db, userId, AppendActionSchema.parse({ runId, seq, action }), now);
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("workday runs", () => {
  it("starts one active day per scenario, resumes it, and starts afresh after abandoning", async () => {
    const user = await newUser();
    const first = await startRun(database.db, user.id, SCENARIO, "seed-a");
    const again = await startRun(database.db, user.id, SCENARIO, "seed-b");
    expect(again.id).toBe(first.id);
    const [raceA, raceB] = await Promise.all([startRun(database.db, (await newUser()).id, SCENARIO), startRun(database.db, user.id, SCENARIO)]);
    expect(raceB.id).toBe(first.id);
    expect(raceA.id).not.toBe(first.id);
    await abandonRun(database.db, user.id, first.id);
    const fresh = await startRun(database.db, user.id, SCENARIO, "seed-c");
    expect(fresh.id).not.toBe(first.id);
    expect((await listRuns(database.db, user.id)).map((run) => run.status)).toEqual(["ACTIVE", "ABANDONED"]);
    expect((await rejection(abandonRun(database.db, user.id, first.id)))?.code).toBe("CONFLICT");
  });

  it("stores each action once under its number, resumes after a restart, and replay equals the live state", async () => {
    const user = await newUser();
    const run = await startRun(database.db, user.id, SCENARIO, "seed-resume");
    const t0 = new Date("2026-11-20T14:00:00Z");
    await send(user.id, run.id, 1, { type: "advance" }, t0);
    await send(user.id, run.id, 2, { type: "open-chart", caseId: KNEE }, new Date(t0.getTime() + 60_000));
    const live = await send(
      user.id,
      run.id,
      3,
      { type: "submit-chart", caseId: KNEE, submission: submissionFromKey(findCase(KNEE)!.key) },
      new Date(t0.getTime() + 8 * 60_000),
    );
    expect(live.state.charts[0]).toMatchObject({ status: "coded", realSeconds: 420, costMinutes: 9 });

    // "Restart": nothing in memory; the run is rebuilt from the stored rows.
    const resumed = await loadRun(database.db, user.id, run.id);
    expect(resumed.state).toEqual(live.state);
    expect(replayDay(resumed.context, "seed-resume", resumed.actions)).toEqual(live.state);
    expect(replayDay(dayContext(findScenario(SCENARIO)!, await workdayCodeCheck(database.db)), "seed-resume", resumed.actions)).toEqual(live.state);
    expect(resumed.run.lastSeq).toBe(3);

    // The coded chart counts as a coding attempt (progress, readiness), once.
    expect(await database.db.codingAttempt.count({ where: { userId: user.id, caseId: KNEE } })).toBe(1);
  });

  it("applies a repeated action once, and refuses a different action under a used number or a gap", async () => {
    const user = await newUser();
    const run = await startRun(database.db, user.id, SCENARIO);
    const [a, b] = await Promise.all([send(user.id, run.id, 1, { type: "advance" }), send(user.id, run.id, 1, { type: "advance" })]);
    expect(a.state).toEqual(b.state);
    const again = await send(user.id, run.id, 1, { type: "advance" });
    expect(again.state.blockIndex).toBe(1);
    expect(await database.db.workdayAction.count({ where: { runId: run.id } })).toBe(1);
    expect((await rejection(send(user.id, run.id, 1, { type: "open-chart", caseId: KNEE })))?.message).toMatch(/moved on/);
    expect((await rejection(send(user.id, run.id, 3, { type: "advance" })))?.message).toMatch(/missing/);
    const refused = await rejection(send(user.id, run.id, 2, { type: "teach", topic: "laterality", approach: "own-example" }));
    expect(refused?.code).toBe("CONFLICT");
    expect(await database.db.workdayAction.count({ where: { runId: run.id } })).toBe(1);
  });

  it("refuses to resume a day whose stored history no longer parses, with a message, and lets it be abandoned", async () => {
    const user = await newUser();
    const run = await startRun(database.db, user.id, SCENARIO);
    await send(user.id, run.id, 1, { type: "advance" });
    await send(user.id, run.id, 2, { type: "open-chart", caseId: KNEE });
    await database.db.workdayAction.updateMany({ where: { runId: run.id, seq: 2 }, data: { payload: { type: "open-chart" } } });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const refused = await rejection(loadRun(database.db, user.id, run.id));
    expect(refused?.code).toBe("CONFLICT");
    expect(refused?.message).toMatch(/Abandon it and start the day again/);
    expect(warn.mock.calls.some((call) => String(call[0]).includes("workday action: ignored the stored action 2"))).toBe(true);
    warn.mockRestore();
    await abandonRun(database.db, user.id, run.id);
    expect((await startRun(database.db, user.id, SCENARIO)).id).not.toBe(run.id);
  });

  it("hides another learner's run", async () => {
    const owner = await newUser();
    const other = await newUser();
    const run = await startRun(database.db, owner.id, SCENARIO);
    expect((await rejection(loadRun(database.db, other.id, run.id)))?.code).toBe("NOT_FOUND");
    expect((await rejection(send(other.id, run.id, 1, { type: "advance" })))?.code).toBe("NOT_FOUND");
    expect((await rejection(getRunReport(database.db, other.id, run.id)))?.code).toBe("NOT_FOUND");
    expect((await rejection(abandonRun(database.db, other.id, run.id)))?.code).toBe("NOT_FOUND");
  });

  it("ends the day on log-off, caches the summary and rebuilds the report from the actions", async () => {
    const user = await newUser();
    const run = await startRun(database.db, user.id, SCENARIO, "seed-end");
    let seq = 0;
    const next = (action: unknown) => send(user.id, run.id, ++seq, action);
    await next({ type: "advance" });
    await next({ type: "open-chart", caseId: KNEE });
    await next({ type: "submit-chart", caseId: KNEE, submission: submissionFromKey(findCase(KNEE)!.key) });
    while ((await loadRun(database.db, user.id, run.id)).state.blocks.at(-1)!.status !== "current") await next({ type: "advance" });
    await next({ type: "answer-message", messageId: "scope-modifier", choiceId: "add-rt" });
    const ended = await next({ type: "log-off" });
    expect(ended.run).toMatchObject({ status: "ENDED", activeKey: null });
    const { report } = await getRunReport(database.db, user.id, run.id);
    expect(report).toMatchObject({
      ended: true,
      charts: { coded: 1, total: 1, rolledOver: 0 },
      audit: { accuracy: 100, meets: true },
      messages: { answered: 1, best: 1 },
    });
    const [listed] = await listRuns(database.db, user.id);
    expect(listed!.summary).toMatchObject({ chartsCoded: 1, accuracy: 100, chartsPerHour: report.productivity.chartsPerHour });
    expect((await rejection(next({ type: "advance" })))?.message).toMatch(/over/);

    // A cached summary that went bad is read as none (and logged): the list still loads, the report still rebuilds.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await database.db.workdayRun.update({ where: { id: run.id }, data: { summary: { chartsCoded: "one", accuracy: 100 } } });
    const [relisted] = await listRuns(database.db, user.id);
    expect(relisted!.summary).toBeNull();
    expect(warn.mock.calls.some((call) => String(call[0]).includes(`workday run ${run.id}: ignored the stored summary`))).toBe(true);
    expect((await getRunReport(database.db, user.id, run.id)).report.charts.coded).toBe(1);
    warn.mockRestore();
  });

  it("judges a day's denial work with the code verdicts pinned when it was done, not with later code sets", async () => {
    const user = await newUser();
    const run = await startRun(database.db, user.id, SCENARIO, "seed-pinned");
    let live;
    for (const [index, action] of tutorialMorning.entries()) live = await send(user.id, run.id, index + 1, action);
    expect(live!.state.denials[0]).toMatchObject({ status: "worked", outcome: { resolved: true } });
    const row = await database.db.workdayRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(row.codeVerdicts).toMatchObject({ "hcpcs:L1833": "billable" });

    // The pinned verdict, not today's code sets, judges the day when it is opened again.
    await database.db.workdayRun.update({ where: { id: run.id }, data: { codeVerdicts: { ...(row.codeVerdicts as object), "hcpcs:L1833": "terminated" } } });
    const reopened = await loadRun(database.db, user.id, run.id);
    expect(reopened.state.denials[0]!.outcome).toMatchObject({ resolved: false });
    await database.db.workdayRun.update({ where: { id: run.id }, data: { codeVerdicts: row.codeVerdicts as object } });
    expect((await loadRun(database.db, user.id, run.id)).state.denials[0]!.outcome).toMatchObject({ resolved: true });
  });
});
