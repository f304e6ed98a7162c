import { describe, expect, it } from "vitest";
import { findLessonBodyProblems, loadFacts } from "@/lib/content/load-guide";
import { loadSalaryModelPage } from "@/lib/content/load-salary-model";

const facts = loadFacts();
const { sources, body } = loadSalaryModelPage();

describe("content/salary/model.md", () => {
  it("names only known sources", () => {
    expect(sources.filter((id) => !facts.sources.has(id))).toEqual([]);
  });

  it("takes every dollar figure from the facts file through <Fact />, like a guide lesson", () => {
    expect(findLessonBodyProblems(body, facts)).toEqual([]);
  });

  it("names only figure keys that exist", () => {
    const keys = [...body.matchAll(/`([a-z0-9_]+(?:\.[a-z0-9_]+)+)`/g)].map(([, key]) => key!);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !facts.figures.has(key) && key !== "bls.mean_annual" && !key.includes("<"))).toEqual([]);
  });
});
