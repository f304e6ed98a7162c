import { describe, expect, it } from "vitest";
import { loadFacts } from "@/lib/content/load-guide";
import { projectSalary } from "@/lib/salary/project-salary";
import { LearnerProfileSchema, SalaryProfileSchema, SalaryQuerySchema, queryProblem } from "@/lib/salary/schemas";
import type { SalaryProfile } from "@/lib/salary/types";

describe("SalaryQuerySchema (GET /api/salary/projection query)", () => {
  it.each<[string, Record<string, unknown>, SalaryProfile]>([
    [
      "a full query",
      { state: "NJ", setting: "hospital", years: "3", credentials: "cpc, COC,cpc", remote: "1" },
      { state: "nj", setting: "hospital", yearsOfExperience: 3, credentials: ["cpc", "coc"], remote: true },
    ],
    ["empty parameters", { state: "", metro: "", setting: "", years: "", credentials: "", remote: "" }, { yearsOfExperience: 0, credentials: [] }],
    ["no parameters", {}, { yearsOfExperience: 0, credentials: [] }],
    ["remote=0 and a metro", { metro: "Trenton_NJ", remote: "0", years: "50" }, { metro: "trenton-nj", remote: false, yearsOfExperience: 50, credentials: [] }],
    ["a trailing comma and unknown extra parameters", { credentials: "ccs,", utm_source: "mail" }, { yearsOfExperience: 0, credentials: ["ccs"] }],
  ])("parses %s", (_name, query, profile) => {
    expect(SalaryQuerySchema.parse(query)).toEqual(profile);
  });

  it.each([
    [{ state: "zz" }, /^state: Choose a US state/],
    [{ state: "new jersey" }, /^state: /],
    [{ setting: "spa" }, /^setting: Choose a work setting: hospital or physician-office/],
    [{ metro: "trenton, nj" }, /^metro: /],
    [{ years: "51" }, /^years: .*0 to 50/],
    [{ years: "-1" }, /^years: /],
    [{ years: "2.5" }, /^years: /],
    [{ years: "ten" }, /^years: /],
    [{ credentials: "cpc,xyz" }, /^credentials: "xyz" is not a credential/],
    [{ credentials: "cpc,cpc-a" }, /^credentials: CPC-A is the apprentice stage/],
    [{ remote: "yes" }, /^remote: Remote work is yes or no/],
  ])("rejects %j, naming the parameter", (query, message) => {
    const result = SalaryQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(queryProblem(result.error!)).toMatch(message);
  });

  it("produces a profile the projection accepts without notes about unknown input", () => {
    const profile = SalaryQuerySchema.parse({ state: "ca", setting: "hospital", years: "4", credentials: "cpc,coc", remote: "1" });
    const { notes } = projectSalary(profile, loadFacts());
    expect(notes.filter((note) => /^no-/.test(note.code))).toEqual([]);
  });
});

describe("one profile schema", () => {
  const input = { state: " NJ ", setting: "hospital", yearsOfExperience: "7", credentials: "ccs,cpc" };
  it("the learner profile and the model's profile read the same fields the same way", () => {
    const learner = LearnerProfileSchema.parse({ ...input, payGoal: "60000" });
    const model = SalaryProfileSchema.parse(input);
    expect(model).toEqual({ state: learner.state, setting: learner.setting, yearsOfExperience: learner.yearsOfExperience, credentials: learner.credentials });
  });

  it.each([
    ["state", { state: "zz" }],
    ["yearsOfExperience", { yearsOfExperience: 51 }],
    ["credentials", { credentials: ["cpc", "cpc-a"] }],
  ])("both refuse a bad %s with the same message", (field, bad) => {
    const a = LearnerProfileSchema.safeParse(bad);
    const b = SalaryProfileSchema.safeParse(bad);
    expect(a.error!.issues[0]!.path[0]).toBe(field);
    expect(a.error!.issues[0]!.message).toBe(b.error!.issues[0]!.message);
  });
});
