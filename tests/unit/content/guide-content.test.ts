import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, loadGuide } from "@/lib/content/load-guide";

describe("the guide content in content/", () => {
  const guide = loadGuide();

  it("has at least eight modules of two to five lessons, each with a knowledge check of three or more items", () => {
    expect(guide.modules.length).toBeGreaterThanOrEqual(8);
    for (const guideModule of guide.modules) {
      expect(guideModule.lessons.length).toBeGreaterThanOrEqual(2);
      expect(guideModule.lessons.length).toBeLessThanOrEqual(5);
      for (const lesson of guideModule.lessons) expect(lesson.quiz.items.length).toBeGreaterThanOrEqual(3);
      const kinds = new Set(guideModule.lessons.flatMap((lesson) => lesson.quiz.items.map((item) => item.kind)));
      expect([...kinds].sort(), guideModule.slug).toEqual(["matching", "numeric", "single"]);
    }
  });

  it("keeps every figure traceable to a named source and year", () => {
    expect(guide.facts.figures.get("bls.median_annual")).toMatchObject({ value: 48780, unit: "usd_per_year", year: 2023 });
    expect(guide.facts.figures.get("aapc.avg_certified")).toMatchObject({ value: 64712, source: "career-guide" });
    for (const figure of guide.facts.figures.values()) expect(guide.facts.sources.has(figure.source)).toBe(true);
  });
});

describe("loadGuide rejects broken content", () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

  /** A copy of the real content with one file changed. */
  function contentWith(relative: string, change: (text: string) => string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-content-"));
    roots.push(root);
    fs.cpSync(path.resolve("content"), root, { recursive: true });
    const file = path.join(root, relative);
    fs.writeFileSync(file, change(fs.readFileSync(file, "utf8")));
    return root;
  }

  const lesson = "guide/05-salaries/02-salary-by-experience.mdx";
  const quiz = "guide/05-salaries/02-salary-by-experience.quiz.yaml";

  it.each([
    ["bad frontmatter", lesson, (text: string) => text.replace("readingMinutes: 3", "readingMinutes: three"), /frontmatter is not valid:\n\s+readingMinutes/],
    ["a missing title", lesson, (text: string) => text.replace(/^title: .*$/m, ""), /title/],
    ["an unknown figure key", lesson, (text: string) => text.replace('<Fact id="experience.entry" />', '<Fact id="experience.made_up" />'), /unknown figure key "experience.made_up"/],
    ["a dollar figure typed by hand", lesson, (text: string) => `${text}\nEntry-level coders earn about $45,000.\n`, /states a dollar figure or percentage directly/],
    ["a percentage typed by hand", lesson, (text: string) => `${text}\nAbout 70% pass.\n`, /states a dollar figure or percentage directly/],
    ["an unknown chart", lesson, (text: string) => text.replace('<FigureChart id="salary-by-experience" />', '<FigureChart id="nope" />'), /unknown chart "nope"/],
    ["a quiz with no correct answer", quiz, (text: string) => text.replace(", correct: true }", " }"), /exactly one correct option/],
    ["a quiz with two correct answers", quiz, (text: string) => text.replace(/(\{ id: a, text: "[^"]*")( \})/, "$1, correct: true$2"), /exactly one correct option/],
    ["a quiz item of an unknown kind", quiz, (text: string) => text.replace("kind: numeric", "kind: essay"), /kind/],
    ["a quiz item that does not say what it tests", quiz, (text: string) => text.replace("tests: arithmetic", ""), /tests/],
    ["a figure followed by its own unit", lesson, (text: string) => `${text}\nThe apprentice stage lasts <Fact id="credential.cpc_a.apprentice_years" /> years.\n`, /followed by its own unit/],
  ])("%s", (_name, file, change, message) => {
    const root = contentWith(file, change);
    expect(() => loadGuide(root)).toThrow(ContentError);
    expect(() => loadGuide(root)).toThrow(message);
  });

  it("a figure whose source does not exist", () => {
    const root = contentWith("facts/figures.yaml", (text) => text.replace("source: bls-oews-2023", "source: no-such-source"));
    expect(() => loadGuide(root)).toThrow(/names unknown source "no-such-source"/);
  });
});
