import { describe, expect, it } from "vitest";
import { loadCodeRules } from "@/lib/claims/load-content";
import { getGuide } from "@/lib/content/get-guide";
import { findCase } from "@/lib/practice/case-catalog";
import { buildReport } from "@/lib/simulation/report";
import { replayDay } from "@/lib/simulation/replay";
import { ScenarioSchema } from "@/lib/simulation/scenario-schema";
import type { DayAction, StoredAction } from "@/lib/simulation/types";
import { dayContext, findScenario, getScenarios, reportNorms } from "@/lib/workday/catalog";
import { codeCheckFrom } from "@/lib/denials/world";
import { tutorialMorning } from "@/tests/unit/workday/tutorial-day";

// No database here: the verified scenario codes and the fee schedule's CPT codes are the codes the day knows.
const verifiedCodesOnly = codeCheckFrom(() => undefined);

describe("workday scenarios (content/workday)", () => {
  const scenarios = getScenarios();

  it("load, validate and refer only to real cases, workbench denials and facts figures", () => {
    expect(scenarios.map((scenario) => scenario.id)).toEqual(expect.arrayContaining(["tutorial-day", "alex-orthopaedic-day"]));
    expect(scenarios[0]!.tutorial).toBe(true);
    const alex = findScenario("alex-orthopaedic-day")!;
    expect(alex.queue.length).toBeGreaterThanOrEqual(10);
    expect(alex.denials.length).toBeGreaterThanOrEqual(3);
    // The ED day: far more, shorter charts, and every ED visit level somewhere on the board (queue or STAT).
    const ed = findScenario("ed-profee-day")!;
    expect(ed.queue.length).toBeGreaterThanOrEqual(10);
    expect(ed.queue.every((chart) => chart.minutes <= 7)).toBe(true);
    const edLevels = new Set(
      [...dayContext(ed, verifiedCodesOnly).cases.values()].flatMap((chartCase) =>
        chartCase.key.procedures.map((line) => line.code).filter((code) => /^9928[1-5]$/.test(code)),
      ),
    );
    expect([...edLevels].sort()).toEqual(["99281", "99282", "99283", "99284", "99285"]);
    for (const scenario of scenarios) {
      const norms = reportNorms(scenario);
      expect(norms.productivity.value).toBeGreaterThan(0);
      expect(norms.accuracy.value).toBe(95);
      expect(norms.productivity.source.publisher).not.toBe("");
    }
  });

  it("links only to practice cases and guide lessons that exist", () => {
    const lessons = new Set(getGuide().modules.flatMap((guideModule) => guideModule.lessons.map((lesson) => `/guide/${guideModule.slug}/${lesson.slug}`)));
    for (const scenario of scenarios) {
      const hrefs = [...scenario.events, ...scenario.messages, ...(scenario.education ? [scenario.education] : [])].flatMap((item) =>
        "learnHref" in item && item.learnHref ? [item.learnHref] : [],
      );
      for (const href of hrefs) {
        if (href.startsWith("/practice/")) expect(findCase(href.slice("/practice/".length)), `${scenario.id}: ${href}`).toBeDefined();
        else expect(lessons.has(href), `${scenario.id}: ${href}`).toBe(true);
      }
    }
  });

  it("prices every CPT/HCPCS code in every day's answer keys on the synthetic fee schedule (no $0 revenue by omission)", () => {
    const schedule = loadCodeRules();
    const missing: string[] = [];
    for (const scenario of scenarios) {
      for (const [caseId, chartCase] of dayContext(scenario, verifiedCodesOnly).cases) {
        const codes = chartCase.key.procedures.flatMap((line) => [line.code, ...line.alternates.map((alternate) => alternate.code)]);
        for (const code of codes) if (!schedule.has(code)) missing.push(`${scenario.id} / ${caseId}: ${code}`);
      }
    }
    expect(missing, "add these codes to content/denials/fee-schedule.yaml").toEqual([]);
    const ed = dayContext(findScenario("ed-profee-day")!, verifiedCodesOnly);
    expect([...ed.cases.values()].every((chartCase) => chartCase.key.procedures.some((line) => ed.fee(line.code) > 0))).toBe(true);
  });

  it("rejects a scenario whose blocks overlap, or whose STAT chart repeats a queued chart", () => {
    const alex = findScenario("alex-orthopaedic-day")!;
    const overlapping = { ...alex, blocks: alex.blocks.map((block, index) => (index === 1 ? { ...block, start: "08:05" } : block)) };
    expect(ScenarioSchema.safeParse(overlapping).error?.issues[0]?.message).toMatch(/starts before queue-check ends/);
    const repeated = { ...alex, queue: [...alex.queue, { caseId: "ortho-ankle-bimalleolar-orif", minutes: 10 }] };
    expect(ScenarioSchema.safeParse(repeated).error?.issues[0]?.message).toMatch(/appears twice/);
  });

  it("plays the tutorial day end to end with the real grader and the real payer", () => {
    const scenario = findScenario("tutorial-day")!;
    const context = dayContext(scenario, verifiedCodesOnly);
    const actions: DayAction[] = [
      ...tutorialMorning,
      { type: "advance" },
      { type: "teach", topic: "laterality", approach: "own-example" },
      { type: "teach", topic: "link-diagnosis", approach: "own-example" },
      { type: "advance" },
      { type: "answer-message", messageId: "scope-modifier", choiceId: "add-rt" },
      { type: "log-off" },
    ];
    const stored: StoredAction[] = actions.map((action, index) => ({ seq: index + 1, atMs: 1_800_000_000_000 + index * 30_000, action }));
    const state = replayDay(context, "tutorial-seed", stored);
    expect(state).toMatchObject({ status: "ended", endReason: "logged-off" });
    expect(state.denials[0]).toMatchObject({ status: "worked", outcome: { resolved: true, overturned: true } });
    const report = buildReport(context, state, reportNorms(scenario));
    expect(report.charts).toEqual({ coded: 1, total: 1, rolledOver: 0, statLate: 0 });
    expect(report.audit).toMatchObject({ accuracy: 100, meets: true });
    expect(report.denials).toMatchObject({ total: 1, worked: 1, resolved: 1, overturned: 1 });
    expect(report.denials.recovered).toBeGreaterThan(0);
    // The synthetic fee schedule (lib/claims) prices the knee arthroscopy line.
    expect(report.revenue.coding).toBe(context.fee("29881"));
    expect(report.revenue.total).toBe(report.revenue.coding + report.revenue.denials);
    expect(report.education).toMatchObject({ improved: ["laterality", "link-diagnosis"], notImproved: ["specificity", "time-statement"], score: 50 });
    expect(report.messages).toEqual({ total: 1, answered: 1, best: 1 });
  });
});
