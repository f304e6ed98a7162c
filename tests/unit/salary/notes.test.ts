import { describe, expect, it } from "vitest";
import { loadSalaryNoteTemplates } from "@/lib/content/load-salary-model";
import { loadFacts } from "@/lib/content/load-guide";
import { SALARY_NOTE_CODES, templatePlaceholders, wordSalaryNote } from "@/lib/salary/notes";
import { projectSalary } from "@/lib/salary/project-salary";
import type { CareerPath, SalaryNote } from "@/lib/salary/types";

const templates = loadSalaryNoteTemplates();

// One example of every note, with its values, to word.
const EXAMPLES: SalaryNote[] = [
  { code: "national-mean-estimated", mean: 51541, median: 48780 },
  { code: "national-mean-published", mean: 53000 },
  { code: "no-state-figure", state: "wy" },
  { code: "no-metro-figure", metro: "boise-id" },
  { code: "no-credential-figure", credential: "cca" },
  { code: "credential-overlaps-setting", credential: "ccs", setting: "hospital" },
  { code: "extra-credentials", count: 2, premiumPercent: 5 },
  { code: "frontline-ceiling", ceiling: 85000 },
  { code: "credentialed-floor", floor: 34640 },
  { code: "held-after-senior", years: 14.5 },
  { code: "before-entry-midpoint", years: 1 },
  { code: "location-and-setting" },
  { code: "remote-location-pay" },
  { code: "apprentice", years: 2 },
  { code: "role-pay", role: "cdi" },
  { code: "role-deferred", role: "manager", minimumYears: 10 },
  { code: "events-after-horizon", count: 1, horizon: 25 },
];

describe("salary notes worded from content", () => {
  it("has an example here and a sentence in content/salary/notes.yaml for every code", () => {
    expect(EXAMPLES.map((note) => note.code).sort()).toEqual([...SALARY_NOTE_CODES].sort());
  });

  it.each(EXAMPLES)("words $code with every placeholder filled", (note) => {
    for (const name of templatePlaceholders(templates[note.code])) expect(Object.keys(note), `${note.code} needs {${name}}`).toContain(name);
    const sentence = wordSalaryNote(note, templates);
    expect(sentence).not.toMatch(/\{\w+\}/);
  });

  it("writes amounts as dollars, states and roles by name", () => {
    expect(wordSalaryNote({ code: "credentialed-floor", floor: 34640 }, templates)).toContain("$34,640");
    expect(wordSalaryNote({ code: "no-state-figure", state: "wy" }, templates)).toContain("Wyoming");
    expect(wordSalaryNote({ code: "role-deferred", role: "manager", minimumYears: 10 }, templates)).toContain("coding manager");
  });

  it("the model's notes for a real path are all worded", () => {
    const path: CareerPath = {
      profile: { state: "wy", yearsOfExperience: 0, credentials: ["cpc-a"], remote: true },
      events: [
        { year: 1, kind: "role", role: "cdi" },
        { year: 40, kind: "credential", credential: "cca" },
      ],
    };
    const { notes } = projectSalary(path, loadFacts());
    expect(notes.length).toBeGreaterThan(3);
    for (const note of notes) expect(wordSalaryNote(note, templates)).not.toMatch(/\{\w+\}/);
  });
});
