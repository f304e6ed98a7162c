import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { findLessonBodyProblems, loadFacts } from "@/lib/content/load-guide";

const facts = loadFacts();
const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(path.resolve("content/salary/model.md"), "utf8"))!;

describe("content/salary/model.md", () => {
  it("names only known sources", () => {
    const { sources } = parseYaml(frontmatter!) as { sources: string[] };
    expect(sources.filter((id) => !facts.sources.has(id))).toEqual([]);
  });

  it("takes every dollar figure from the facts file through <Fact />, like a guide lesson", () => {
    expect(findLessonBodyProblems(body!, facts)).toEqual([]);
  });

  it("names only figure keys that exist", () => {
    const keys = [...body!.matchAll(/`([a-z0-9_]+(?:\.[a-z0-9_]+)+)`/g)].map(([, key]) => key!);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !facts.figures.has(key) && key !== "bls.mean_annual")).toEqual([]);
  });
});
