import { describe, expect, it } from "vitest";
import { loadFacts } from "@/lib/content/load-guide";
import { projectSalary } from "@/lib/salary/project-salary";
import { SalaryProfileSchema } from "@/lib/salary/schemas";
import type { SalaryProfile } from "@/lib/salary/types";

describe("SalaryProfileSchema (GET /api/salary/projection query)", () => {
  it.each<[string, Record<string, unknown>, SalaryProfile]>([
    ["a full query", { state: "NJ", setting: "hospital", years: "3", credentials: "cpc, COC,cpc", remote: "1" }, { state: "nj", setting: "hospital", yearsOfExperience: 3, credentials: ["cpc", "coc"], remote: true }],
    ["empty parameters", { state: "", metro: "", setting: "", years: "", credentials: "", remote: "" }, { yearsOfExperience: 0, credentials: [] }],
    ["no parameters", {}, { yearsOfExperience: 0, credentials: [] }],
    ["remote=0 and a metro", { metro: "Trenton_NJ", remote: "0", years: "50" }, { metro: "trenton-nj", remote: false, yearsOfExperience: 50, credentials: [] }],
    ["a trailing comma and unknown extra parameters", { credentials: "ccs,", utm_source: "mail" }, { yearsOfExperience: 0, credentials: ["ccs"] }],
    ["years as a number", { years: 12, setting: "physician-office" }, { setting: "physician-office", yearsOfExperience: 12, credentials: [] }],
  ])("parses %s", (_name, query, profile) => {
    expect(SalaryProfileSchema.parse(query)).toEqual(profile);
  });

  it.each([
    [{ state: "zz" }, "state", /^state: /],
    [{ state: "new jersey" }, "state", /^state: /],
    [{ state: ["nj", "ca"] }, "state", /^state: give one/],
    [{ setting: "spa" }, "setting", /^setting: choose hospital or physician-office/],
    [{ metro: "trenton, nj" }, "metro", /^metro: /],
    [{ years: "51" }, "years", /^years: .*0 to 50/],
    [{ years: "-1" }, "years", /^years: /],
    [{ years: "2.5" }, "years", /^years: /],
    [{ years: "ten" }, "years", /^years: /],
    [{ credentials: "cpc,xyz" }, "credentials", /^credentials: "xyz" is not a credential/],
    [{ remote: "yes" }, "remote", /^remote: use 1 for remote work or 0 for on site/],
  ])("rejects %j naming the parameter %s", (query, parameter, message) => {
    const result = SalaryProfileSchema.safeParse(query);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path[0]).toBe(parameter);
    expect(issue.message).toMatch(message);
  });

  it("produces a profile the projection accepts without notes about unknown input", () => {
    const profile = SalaryProfileSchema.parse({ state: "ca", setting: "hospital", years: "4", credentials: "cpc,coc", remote: "1" });
    const { assumptions } = projectSalary(profile, loadFacts());
    expect(assumptions.filter((note) => /not one the model knows|not a two-letter|No figure for/.test(note))).toEqual([]);
  });
});
