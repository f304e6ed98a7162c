import { z } from "zod";
import { DATE_BOUNDS, safeDate, stripBidiControls } from "@/lib/validation/fields";

export const ASSIGNMENT_ITEM_KINDS = ["GUIDE_LESSON", "CHART_CASE", "DENIAL_SCENARIO", "WORKDAY_SCENARIO"] as const;
export type AssignmentItemKind = (typeof ASSIGNMENT_ITEM_KINDS)[number];

const Id = z.string("Choose a record.").regex(/^[a-z0-9]{1,40}$/i, "That record does not exist.");
export const CohortIdSchema = Id;
/** A calendar date that exists (no 31 February), between 1900 and 2100. */
const Day = (what: string) => safeDate({ label: `the ${what}` });
/** A date and time from a datetime-local field, read as UTC like every date in Chartwise. */
const Moment = (what: string) =>
  z
    .string(`Give the ${what}.`)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, `Give the ${what} as a date and time.`)
    .transform((value) => `${value.length === 16 ? `${value}:00` : value}`)
    // JavaScript rolls 31 February over to March and PostgreSQL refuses year 0: both are refused here.
    .refine((value) => {
      const date = new Date(`${value}Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `The ${what} is not a real date and time.`)
    .refine((value) => value >= DATE_BOUNDS.min && value <= `${DATE_BOUNDS.max}T23:59:59`, `The ${what} must be between 1900 and 2100.`)
    .transform((value) => new Date(`${value}Z`));

export const CreateCohortSchema = z
  .object({
    // Shown in every member's list: bidi overrides are removed so the name reads as typed.
    name: z
      .string("Give the cohort a name.")
      .overwrite(stripBidiControls)
      .trim()
      .min(3, "A cohort name needs at least 3 characters.")
      .max(80, "Keep the name under 80 characters."),
    startsOn: Day("start date"),
    endsOn: Day("end date"),
  })
  .refine((value) => value.endsOn >= value.startsOn, { message: "The term must end on or after the day it starts.", path: ["endsOn"] })
  .refine((value) => Date.parse(value.endsOn) - Date.parse(value.startsOn) <= 2 * 366 * 86_400_000, {
    message: "A term lasts at most two years.",
    path: ["endsOn"],
  });

export const IssueJoinCodeSchema = z.object({
  cohortId: CohortIdSchema,
  validDays: z.coerce.number("Choose how long the code works.").int().min(1, "A code works for at least a day.").max(60, "A code works for at most 60 days."),
});

export const CohortActionSchema = z.strictObject({ cohortId: CohortIdSchema });
export const RemoveLearnerSchema = z.strictObject({ cohortId: CohortIdSchema, learnerId: Id });

export const JoinCohortSchema = z.object({
  code: z
    .string("Enter the join code your instructor gave you.")
    .trim()
    .min(1, "Enter the join code your instructor gave you.")
    .max(300, "That is not a join code."),
});

const ItemToken = z
  .string()
  .regex(/^(GUIDE_LESSON|CHART_CASE|DENIAL_SCENARIO|WORKDAY_SCENARIO):[a-z0-9-]{1,100}$/, "Choose lessons, cases or scenarios from the lists.");
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const CreateAssignmentSchema = z
  .object({
    cohortId: CohortIdSchema,
    title: z
      .string("Give the assignment a title.")
      .overwrite(stripBidiControls)
      .trim()
      .min(3, "A title needs at least 3 characters.")
      .max(120, "Keep the title under 120 characters."),
    instructions: z
      .string()
      .overwrite(stripBidiControls)
      .trim()
      .max(2000, "Keep the instructions under 2,000 characters.")
      .optional()
      .transform((value) => value || undefined),
    opensAt: Moment("open date"),
    dueAt: Moment("due date"),
    items: oneOrMany(ItemToken).pipe(
      z.array(ItemToken).min(1, "Choose at least one lesson, case or scenario.").max(20, "An assignment holds at most 20 items."),
    ),
  })
  .refine((value) => value.dueAt > value.opensAt, { message: "The due date must come after the open date.", path: ["dueAt"] })
  .transform((value) => ({
    ...value,
    items: [...new Set(value.items)].map((token) => {
      const [kind, ref] = token.split(":") as [AssignmentItemKind, string];
      return { kind, ref };
    }),
  }));
export type CreateAssignmentInput = z.output<typeof CreateAssignmentSchema>;

export const DeleteAssignmentSchema = z.strictObject({ cohortId: CohortIdSchema, assignmentId: Id });
