import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseListLeniently, reportInvalidStoredValue } from "@/lib/db/stored-data";
import { CareerEventSchema, ComparisonSchema, MAX_COMPARED_PATHS, MAX_EVENTS_PER_PATH, WhatIfPathSchema, type Comparison } from "@/lib/salary/comparison";
import type { SalaryProfile } from "@/lib/salary/types";
import { recordId, safeText } from "@/lib/validation/fields";

// Saved what-if comparisons. Every query is scoped by userId: another learner's scenario id reads as NOT_FOUND.

export const MAX_SCENARIOS_PER_LEARNER = 20;
export const MAX_SCENARIO_NAME_LENGTH = 80;

export const ScenarioNameSchema = safeText({
  label: "The scenario's name",
  min: 1,
  max: MAX_SCENARIO_NAME_LENGTH,
  stripBidi: true,
  tooShort: "Give the scenario a name.",
});
export const ScenarioIdSchema = recordId("That scenario was not found.");

export const CreateSalaryScenarioSchema = z.strictObject({ name: ScenarioNameSchema, comparison: ComparisonSchema });
export type CreateSalaryScenarioInput = { name: string; comparison: Comparison };
export const RenameSalaryScenarioSchema = z.strictObject({ scenarioId: ScenarioIdSchema, name: ScenarioNameSchema });
export const DeleteSalaryScenarioSchema = z.strictObject({ scenarioId: ScenarioIdSchema });

export type SalaryScenarioSummary = { id: string; name: string; pathCount: number; createdAt: Date; updatedAt: Date };
export type SalaryScenario = SalaryScenarioSummary & { comparison: Comparison };

const notFound = () => new DomainError("NOT_FOUND", "That scenario was not found. It may have been deleted.");

type Row = { id: string; name: string; path: unknown; createdAt: Date; updatedAt: Date };

const summaryOf = ({ id, name, pathCount, createdAt, updatedAt }: SalaryScenario): SalaryScenarioSummary => ({ id, name, pathCount, createdAt, updatedAt });

const EMPTY_PROFILE: SalaryProfile = { yearsOfExperience: 0, credentials: [] };
const DEFAULT_PATH = { label: "No new credential", events: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A stored comparison, part by part: the starting profile field by field, each path's name and each of its changes
 * on their own. What the current schema rejects is reported and left out; everything else the learner saved stays.
 */
export function comparisonFromStored(stored: unknown, where = "salary scenario"): Comparison {
  const whole = ComparisonSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const value = isRecord(stored) ? stored : {};

  const profile: Record<string, unknown> = { ...EMPTY_PROFILE };
  const storedProfile = isRecord(value.profile) ? value.profile : {};
  for (const [field, fieldValue] of Object.entries(storedProfile)) {
    const parsed = ComparisonSchema.shape.profile.safeParse({ ...profile, [field]: fieldValue });
    if (parsed.success) profile[field] = fieldValue;
    else reportInvalidStoredValue(where, `profile.${field}`, parsed.error.issues);
  }

  const payGoal = ComparisonSchema.shape.payGoal.safeParse(value.payGoal);
  if (!payGoal.success) reportInvalidStoredValue(where, "payGoal", payGoal.error.issues);

  const storedPaths = parseListLeniently(z.unknown(), value.paths, where, "paths") ?? [];
  const paths = storedPaths.slice(0, MAX_COMPARED_PATHS).map((path, index) => {
    const entry = isRecord(path) ? path : {};
    const label = WhatIfPathSchema.shape.label.safeParse(entry.label);
    if (!label.success) reportInvalidStoredValue(where, `paths[${index}].label`, label.error.issues);
    const events = parseListLeniently(CareerEventSchema, entry.events, where, `paths[${index}].events`) ?? [];
    return { label: label.success ? label.data : `Path ${index + 1}`, events: events.slice(0, MAX_EVENTS_PER_PATH) };
  });

  const rebuilt = ComparisonSchema.safeParse({
    profile,
    ...(payGoal.success && payGoal.data !== undefined && { payGoal: payGoal.data }),
    paths: paths.length ? paths : [DEFAULT_PATH],
  });
  if (rebuilt.success) return rebuilt.data;
  reportInvalidStoredValue(where, "comparison", rebuilt.error.issues);
  return { profile: { ...EMPTY_PROFILE }, paths: [DEFAULT_PATH] };
}

function toScenario(row: Row): SalaryScenario {
  const comparison = comparisonFromStored(row.path, `salary scenario ${row.id}`);
  return { id: row.id, name: row.name, pathCount: comparison.paths.length, createdAt: row.createdAt, updatedAt: row.updatedAt, comparison };
}

/** The learner's saved scenarios, newest first. */
export async function findSalaryScenarios(db: Database, userId: string): Promise<SalaryScenarioSummary[]> {
  const rows = await db.salaryScenario.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map((row) => summaryOf(toScenario(row)));
}

/** One of the learner's scenarios; NOT_FOUND when it does not exist or belongs to someone else. */
export async function getSalaryScenario(db: Database, userId: string, scenarioId: string): Promise<SalaryScenario> {
  const row = await db.salaryScenario.findFirst({ where: { id: scenarioId, userId } });
  if (!row) throw notFound();
  return toScenario(row);
}

/** Saves a comparison under a name; CONFLICT once the learner has MAX_SCENARIOS_PER_LEARNER. */
export async function createSalaryScenario(db: Database, userId: string, input: CreateSalaryScenarioInput): Promise<SalaryScenarioSummary> {
  const { name, comparison } = CreateSalaryScenarioSchema.parse(input);
  const row = await db.$transaction(async (tx) => {
    // Lock the learner's row so two saves at once cannot both pass the count below the cap.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const count = await tx.salaryScenario.count({ where: { userId } });
    if (count >= MAX_SCENARIOS_PER_LEARNER) {
      throw new DomainError("CONFLICT", `You can keep up to ${MAX_SCENARIOS_PER_LEARNER} saved scenarios. Delete one you no longer need, then save again.`);
    }
    return tx.salaryScenario.create({ data: { userId, name, path: comparison } });
  });
  return { id: row.id, name: row.name, pathCount: comparison.paths.length, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** Renames one of the learner's scenarios; NOT_FOUND for anyone else's. */
export async function renameSalaryScenario(db: Database, userId: string, scenarioId: string, name: string): Promise<SalaryScenarioSummary> {
  const newName = ScenarioNameSchema.parse(name);
  const { count } = await db.salaryScenario.updateMany({ where: { id: scenarioId, userId }, data: { name: newName } });
  if (count === 0) throw notFound();
  return summaryOf(await getSalaryScenario(db, userId, scenarioId));
}

/** Deletes one of the learner's scenarios; NOT_FOUND for anyone else's. */
export async function deleteSalaryScenario(db: Database, userId: string, scenarioId: string): Promise<void> {
  const { count } = await db.salaryScenario.deleteMany({ where: { id: scenarioId, userId } });
  if (count === 0) throw notFound();
}
