import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getGuide } from "@/lib/content/get-guide";
import { getLearnerProfile, learnerProfileSchemaFor, saveLearnerProfile, type LearnerProfileData } from "@/lib/profile/learner-profile";
import { metroOptionsOf } from "@/lib/salary/comparison";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `profile${++counter}@example.org` }, select: { id: true } });
const schema = learnerProfileSchemaFor(metroOptionsOf(getGuide().facts).map((option) => option.value));

const FULL: LearnerProfileData = {
  state: "nj",
  metro: "trenton-nj",
  setting: "hospital",
  yearsOfExperience: 3,
  credentials: ["cpc", "coc"],
  targetCredential: "ccs",
  examDate: "2027-03-15",
  payGoal: 72000,
  remotePreference: "remote",
};

describe("learner profile storage", () => {
  it("is empty before the learner saves anything", async () => {
    const user = await newUser();
    expect(await getLearnerProfile(database.db, user.id)).toEqual({ credentials: [] });
  });

  it("round-trips every field from a form submission", async () => {
    const user = await newUser();
    const parsed = schema.parse({
      state: "NJ",
      metro: "trenton-nj",
      setting: "hospital",
      yearsOfExperience: "3",
      credentials: ["cpc", "coc"],
      targetCredential: "ccs",
      examDate: "2027-03-15",
      payGoal: "72000",
      remotePreference: "remote",
    });
    expect(parsed).toEqual(FULL);
    expect(await saveLearnerProfile(database.db, user.id, parsed)).toEqual(FULL);
    expect(await getLearnerProfile(database.db, user.id)).toEqual(FULL);
  });

  it("clears fields left blank on the next save", async () => {
    const user = await newUser();
    await saveLearnerProfile(database.db, user.id, FULL);
    const cleared = schema.parse({
      state: "",
      metro: "",
      setting: "",
      yearsOfExperience: "",
      credentials: [],
      targetCredential: "",
      examDate: "",
      payGoal: "",
      remotePreference: "",
    });
    await saveLearnerProfile(database.db, user.id, cleared);
    expect(await getLearnerProfile(database.db, user.id)).toEqual({ credentials: [] });
  });

  it.each([
    [{ state: "zz" }, "state"],
    [{ metro: "atlantis-xx" }, "metro"],
    [{ setting: "spaceship" }, "setting"],
    [{ yearsOfExperience: "-1" }, "yearsOfExperience"],
    [{ yearsOfExperience: "2.5" }, "yearsOfExperience"],
    [{ credentials: ["cpc", "nope"] }, "credentials.1"],
    [{ credentials: ["cpc", "cpc-a"] }, "credentials"],
    [{ targetCredential: "xyz" }, "targetCredential"],
    [{ examDate: "2027-02-30" }, "examDate"],
    [{ payGoal: "5" }, "payGoal"],
    [{ remotePreference: "sometimes" }, "remotePreference"],
  ])("rejects %o and names the field %s", (input, field) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toContain(field);
    expect(result.error!.issues.every((issue) => issue.message.length > 10)).toBe(true);
  });

  it("keeps each learner's profile apart", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await saveLearnerProfile(database.db, alice.id, FULL);
    await saveLearnerProfile(database.db, bob.id, { credentials: [], state: "al", payGoal: 50000 });
    expect(await getLearnerProfile(database.db, alice.id)).toEqual(FULL);
    expect(await getLearnerProfile(database.db, bob.id)).toEqual({ credentials: [], state: "al", payGoal: 50000 });
    // Bob saving again never touches Alice's row.
    await saveLearnerProfile(database.db, bob.id, { credentials: ["cca"] });
    expect(await getLearnerProfile(database.db, alice.id)).toEqual(FULL);
    expect(await database.db.learnerProfile.count({ where: { userId: { in: [alice.id, bob.id] } } })).toBe(2);
  });
});
