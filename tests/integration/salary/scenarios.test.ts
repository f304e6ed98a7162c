import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { presetPath, type Comparison } from "@/lib/salary/comparison";
import {
  createSalaryScenario,
  deleteSalaryScenario,
  findSalaryScenarios,
  getSalaryScenario,
  MAX_SCENARIOS_PER_LEARNER,
  renameSalaryScenario,
} from "@/lib/salary/scenarios";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `scenario${++counter}@example.org` }, select: { id: true } });

const COMPARISON: Comparison = {
  profile: { state: "nj", setting: "physician-office", yearsOfExperience: 1, credentials: [] },
  payGoal: 70000,
  paths: [presetPath("as-now"), presetPath("cpc-then-coc"), presetPath("ccs-hospital")],
};

async function expectDomainError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

describe("salary scenarios", () => {
  it("opens a scenario saved before changes had a kind, as the discriminated union", async () => {
    const user = await newUser();
    const legacy = {
      profile: { yearsOfExperience: 1, credentials: [] },
      paths: [
        {
          label: "Old",
          events: [
            { year: 1, addCredential: "cpc" },
            { year: 2, setting: "hospital" },
          ],
        },
      ],
    };
    const row = await database.db.salaryScenario.create({ data: { userId: user.id, name: "Saved last year", path: legacy } });
    const opened = await getSalaryScenario(database.db, user.id, row.id);
    expect(opened.comparison.paths[0]!.events).toEqual([
      { year: 1, kind: "credential", credential: "cpc" },
      { year: 2, kind: "setting", setting: "hospital" },
    ]);
  });

  it("creates, lists, opens, renames and deletes a learner's scenario", async () => {
    const user = await newUser();
    const created = await createSalaryScenario(database.db, user.id, { name: "  CPC then COC  ", comparison: COMPARISON });
    expect(created).toMatchObject({ name: "CPC then COC", pathCount: 3 });

    expect((await findSalaryScenarios(database.db, user.id)).map((scenario) => scenario.name)).toEqual(["CPC then COC"]);
    const opened = await getSalaryScenario(database.db, user.id, created.id);
    expect(opened.comparison).toEqual(COMPARISON);

    const renamed = await renameSalaryScenario(database.db, user.id, created.id, "Hospital plan");
    expect(renamed.name).toBe("Hospital plan");
    expect((await getSalaryScenario(database.db, user.id, created.id)).name).toBe("Hospital plan");

    await deleteSalaryScenario(database.db, user.id, created.id);
    expect(await findSalaryScenarios(database.db, user.id)).toEqual([]);
    await expectDomainError(getSalaryScenario(database.db, user.id, created.id), "NOT_FOUND");
  });

  it("lists the newest first", async () => {
    const user = await newUser();
    await createSalaryScenario(database.db, user.id, { name: "First", comparison: COMPARISON });
    await createSalaryScenario(database.db, user.id, { name: "Second", comparison: COMPARISON });
    expect((await findSalaryScenarios(database.db, user.id)).map((scenario) => scenario.name)).toEqual(["Second", "First"]);
  });

  it("rejects a blank or too long name and a malformed comparison, writing nothing", async () => {
    const user = await newUser();
    await expect(createSalaryScenario(database.db, user.id, { name: "   ", comparison: COMPARISON })).rejects.toThrow("Give the scenario a name.");
    await expect(createSalaryScenario(database.db, user.id, { name: "x".repeat(81), comparison: COMPARISON })).rejects.toThrow("80 characters");
    const tooManyPaths = { ...COMPARISON, paths: [...COMPARISON.paths, presetPath("as-now")] };
    await expect(createSalaryScenario(database.db, user.id, { name: "Four", comparison: tooManyPaths })).rejects.toThrow("at most 3 paths");
    const badEvent = { ...COMPARISON, paths: [{ label: "Bad", events: [{ year: 1, addCredential: "phd" }] }] } as unknown as Comparison;
    await expect(createSalaryScenario(database.db, user.id, { name: "Bad", comparison: badEvent })).rejects.toThrow();
    await expect(renameSalaryScenario(database.db, user.id, "whatever", "")).rejects.toThrow("Give the scenario a name.");
    expect(await database.db.salaryScenario.count({ where: { userId: user.id } })).toBe(0);
  });

  it("never lets one learner read, rename or delete another's scenario", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const scenario = await createSalaryScenario(database.db, alice.id, { name: "Alice's plan", comparison: COMPARISON });

    expect(await findSalaryScenarios(database.db, bob.id)).toEqual([]);
    const read = await expectDomainError(getSalaryScenario(database.db, bob.id, scenario.id), "NOT_FOUND");
    const rename = await expectDomainError(renameSalaryScenario(database.db, bob.id, scenario.id, "Mine now"), "NOT_FOUND");
    const remove = await expectDomainError(deleteSalaryScenario(database.db, bob.id, scenario.id), "NOT_FOUND");
    // The same answer as for an id that never existed: nothing reveals that Alice's scenario is there.
    const missing = await expectDomainError(getSalaryScenario(database.db, bob.id, "doesnotexist"), "NOT_FOUND");
    expect([read.message, rename.message, remove.message]).toEqual([missing.message, missing.message, missing.message]);

    const [kept] = await findSalaryScenarios(database.db, alice.id);
    expect(kept).toMatchObject({ id: scenario.id, name: "Alice's plan" });
    expect((await getSalaryScenario(database.db, alice.id, scenario.id)).comparison).toEqual(COMPARISON);
  });

  it(`keeps at most ${MAX_SCENARIOS_PER_LEARNER} per learner, with a clear message`, async () => {
    const user = await newUser();
    const other = await newUser();
    for (let i = 0; i < MAX_SCENARIOS_PER_LEARNER; i += 1) {
      await createSalaryScenario(database.db, user.id, { name: `Plan ${i + 1}`, comparison: COMPARISON });
    }
    const error = await expectDomainError(createSalaryScenario(database.db, user.id, { name: "One too many", comparison: COMPARISON }), "CONFLICT");
    expect(error.message).toContain(`up to ${MAX_SCENARIOS_PER_LEARNER}`);
    expect(await database.db.salaryScenario.count({ where: { userId: user.id } })).toBe(MAX_SCENARIOS_PER_LEARNER);
    // Another learner's cap is their own.
    await createSalaryScenario(database.db, other.id, { name: "Mine", comparison: COMPARISON });
    // Deleting one frees a place.
    const [newest] = await findSalaryScenarios(database.db, user.id);
    await deleteSalaryScenario(database.db, user.id, newest!.id);
    await createSalaryScenario(database.db, user.id, { name: "Now it fits", comparison: COMPARISON });
  });

  it("holds the cap when saves race", async () => {
    const user = await newUser();
    for (let i = 0; i < MAX_SCENARIOS_PER_LEARNER - 1; i += 1) {
      await createSalaryScenario(database.db, user.id, { name: `Plan ${i + 1}`, comparison: COMPARISON });
    }
    const results = await Promise.allSettled([1, 2, 3].map((n) => createSalaryScenario(database.db, user.id, { name: `Race ${n}`, comparison: COMPARISON })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await database.db.salaryScenario.count({ where: { userId: user.id } })).toBe(MAX_SCENARIOS_PER_LEARNER);
  });
});
