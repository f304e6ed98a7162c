import { describe, expect, it } from "vitest";
import { figureMidpoint, formatFigure } from "@/lib/content/format-figure";
import { lessonHeadings } from "@/lib/content/lesson-headings";

describe("formatFigure", () => {
  it.each([
    [{ value: 48780, unit: "usd_per_year" }, "$48,780"],
    [{ value: 23.45, unit: "usd_per_hour" }, "$23.45 an hour"],
    [{ value: 25, unit: "usd_per_hour" }, "$25 an hour"],
    [{ low: 40000, high: 52000, unit: "usd_per_year" }, "$40,000–$52,000"],
    [{ value: 70, unit: "percent" }, "70%"],
    [{ value: 1.5, unit: "multiplier" }, "1.5×"],
    [{ low: 0, high: 2, unit: "years" }, "0–2 years"],
    [{ value: 1, unit: "years" }, "1 year"],
    [{ value: 4, unit: "hours" }, "4 hours"],
    [{ value: 100, unit: "questions" }, "100 questions"],
    [{ value: 74719, unit: "count" }, "74,719"],
  ] as const)("%o reads %s", (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });

  it("plots a range at its middle", () => {
    expect(figureMidpoint({ low: 40000, high: 52000 })).toBe(46000);
    expect(figureMidpoint({ value: 7 })).toBe(7);
  });
});

describe("lessonHeadings", () => {
  it("lists ## and ### headings with rehype-slug's ids, skipping code blocks", () => {
    const body = ["Intro", "## The four stages", "text", "```", "## not a heading", "```", "### From entry to **mid**-career", "## The four stages", "#### too deep"].join("\n");
    expect(lessonHeadings(body)).toEqual([
      { id: "the-four-stages", text: "The four stages", depth: 2 },
      { id: "from-entry-to-mid-career", text: "From entry to mid-career", depth: 3 },
      { id: "the-four-stages-1", text: "The four stages", depth: 2 },
    ]);
  });
});

describe("figures render once in every lesson", () => {
  it("no <Fact /> in any lesson or the salary model page is followed by the unit it already writes", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { CONTENT_DIR, findLessonBodyProblems, loadFacts } = await import("@/lib/content/load-guide");
    const facts = loadFacts();
    const files = (fs.readdirSync(path.join(CONTENT_DIR, "guide"), { recursive: true }) as string[]).filter((file) => file.endsWith(".mdx")).map((file) => path.join(CONTENT_DIR, "guide", file));
    files.push(path.join(CONTENT_DIR, "salary", "model.md"));
    expect(files.length).toBeGreaterThan(25);
    const doubled = files.flatMap((file) => findLessonBodyProblems(fs.readFileSync(file, "utf8"), facts).filter((problem) => problem.includes("its own unit")).map((problem) => `${path.basename(file)}: ${problem}`));
    expect(doubled).toEqual([]);
  });

  it.each([
    ['every <Fact id="aapc.ceu_cycle_years" /> years', true],
    ['(<Fact id="bls.median_hourly" /> an hour)', true],
    ['<Fact id="exam.cpc.questions" /> multiple-choice questions', true],
    ['<Fact id="comp.overtime_multiplier" /> times your rate', true],
    ['every <Fact id="aapc.ceu_cycle_years" />, and more years later', false],
    ['<Fact id="exam.cpc.duration_hours" /> to finish', false],
  ])("flags %s: %s", async (line, flagged) => {
    const { findLessonBodyProblems, loadFacts } = await import("@/lib/content/load-guide");
    expect(findLessonBodyProblems(line, loadFacts()).some((problem) => problem.includes("its own unit"))).toBe(flagged);
  });
});
