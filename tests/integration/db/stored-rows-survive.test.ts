import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDraft } from "@/lib/practice/drafts";
import { getLearnerProfile, saveLearnerProfile } from "@/lib/profile/learner-profile";
import { getSalaryScenario } from "@/lib/salary/scenarios";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

// A stored row with one field the current schema rejects keeps every other field, and says which it dropped.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `stored${++counter}@example.org` }, select: { id: true } });

function watchWarnings() {
  return vi.spyOn(console, "warn").mockImplementation(() => {});
}

describe("a row with one bad field", () => {
  it("keeps the rest of a learner's profile, and the next save does not wipe it", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    await database.db.learnerProfile.create({
      data: {
        userId: user.id,
        state: "nj",
        setting: "physician_office",
        yearsOfExperience: 4,
        credentials: ["cpc", "retired-credential"],
        targetCredential: "ccs",
        examDate: new Date("2027-03-15T00:00:00Z"),
        payGoal: 5, // below the smallest pay goal the form accepts
        remotePreference: "on_site",
      },
    });

    const profile = await getLearnerProfile(database.db, user.id);
    expect(profile).toEqual({
      state: "nj",
      setting: "physician-office",
      yearsOfExperience: 4,
      credentials: ["cpc"],
      targetCredential: "ccs",
      examDate: "2027-03-15",
      remotePreference: "on-site",
    });
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes("payGoal"))).toBe(true);
    expect(warnings.some((line) => line.includes("retired-credential"))).toBe(true);

    // The learner changes one field: everything else they told us is still there.
    await saveLearnerProfile(database.db, user.id, { ...profile, payGoal: 65_000 });
    const row = await database.db.learnerProfile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({
      state: "nj",
      setting: "physician_office",
      yearsOfExperience: 4,
      credentials: ["cpc"],
      payGoal: 65_000,
      remotePreference: "on_site",
    });
  });

  it("keeps a saved scenario's valid paths and changes when one change is out of range", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    const row = await database.db.salaryScenario.create({
      data: {
        userId: user.id,
        name: "CPC then COC",
        path: {
          profile: { state: "oh", yearsOfExperience: 2, credentials: ["cpc"], favouriteColour: "blue" },
          payGoal: 60_000,
          paths: [
            { label: "Stay put", events: [] },
            {
              label: "Add COC",
              events: [
                { year: 1, addCredential: "coc" },
                { year: 400, addCredential: "ccs" },
              ],
            },
          ],
        },
      },
    });

    const scenario = await getSalaryScenario(database.db, user.id, row.id);
    expect(scenario.comparison).toEqual({
      profile: { state: "oh", yearsOfExperience: 2, credentials: ["cpc"] },
      payGoal: 60_000,
      paths: [
        { label: "Stay put", events: [] },
        { label: "Add COC", events: [{ year: 1, kind: "credential", credential: "coc" }] },
      ],
    });
    expect(scenario.pathCount).toBe(2);
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes("paths[1].events[1]"))).toBe(true);
  });

  it("keeps a draft's other lines when one line is malformed", async () => {
    const warn = watchWarnings();
    const user = await newUser();
    await database.db.codingDraft.create({
      data: {
        userId: user.id,
        caseId: "ortho-knee-scope-medial-meniscus",
        answer: {
          diagnoses: [{ code: "S83.241A" }, { code: 42 }],
          procedures: [
            { code: "29881", modifiers: ["RT"], units: "1", pointers: [1] },
            { code: "99213", modifiers: [], units: "many units", pointers: [1] },
          ],
        },
      },
    });

    const draft = await getDraft(database.db, user.id, "ortho-knee-scope-medial-meniscus");
    expect(draft?.answer).toEqual({
      diagnoses: [{ code: "S83.241A" }],
      procedures: [{ code: "29881", modifiers: ["RT"], units: "1", pointers: [1] }],
    });
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes("diagnoses[1]"))).toBe(true);
    expect(warnings.some((line) => line.includes("procedures[1]"))).toBe(true);
  });
});
