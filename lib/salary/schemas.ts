import { safeDate } from "@/lib/validation/fields";
import { z } from "zod";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS, US_STATE_CODES, type CredentialCode, type SalaryProfile } from "@/lib/salary/types";

// One profile schema. The learner's career profile (the /profile form, the stored row), the salary model's input
// (a what-if's starting point, a saved scenario) and the projection API's query all derive from the fields below,
// so a value one accepts the others accept, with the same message.

export const MAX_YEARS_OF_EXPERIENCE = 50;
/** Bounds of a yearly pay goal, for the profile and for a what-if comparison alike. */
export const PAY_GOAL_MIN = 10_000;
export const PAY_GOAL_MAX = 500_000;
export const REMOTE_PREFERENCES = ["remote", "hybrid", "on-site"] as const;

/** What the user sent, quoted back short enough to read. */
const shortQuote = (value: unknown) => {
  const text = String(value);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
};

const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
    z.number(message).int(message).min(min, message).max(max, message),
  );
const lowerEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.string(message).trim().toLowerCase().pipe(z.enum(values, message));

const YEARS_MESSAGE = `Years of experience is a whole number from 0 to ${MAX_YEARS_OF_EXPERIENCE}.`;
const PAY_GOAL_MESSAGE = `The pay goal is a yearly amount in whole dollars, from $${PAY_GOAL_MIN.toLocaleString("en-US")} to $${PAY_GOAL_MAX.toLocaleString("en-US")}.`;

export const StateField = lowerEnum(US_STATE_CODES, "Choose a US state by its two-letter code, such as nj.");
export const MetroField = z
  .string("Choose a metro area from the list.")
  .trim()
  .toLowerCase()
  .regex(/^[a-z]+([-_][a-z]+)*$/, "Choose a metro area from the list.")
  .max(80, "Choose a metro area from the list.")
  .transform((value) => value.replace(/_/g, "-"));
export const SettingField = lowerEnum(SALARY_SETTINGS, `Choose a work setting: ${SALARY_SETTINGS.join(" or ")}.`);
export const YearsField = wholeNumber(YEARS_MESSAGE, 0, MAX_YEARS_OF_EXPERIENCE);
export const CredentialField = z
  .string("Choose credentials from the list.")
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(KNOWN_CREDENTIALS, {
      error: (issue) => `"${shortQuote(issue.input)}" is not a credential Chartwise knows; choose from ${KNOWN_CREDENTIALS.join(", ")}.`,
    }),
  );
/** A list, or a comma-separated string ("cpc,coc"); repeats are dropped, CPC and CPC-A together are refused. */
export const CredentialsField = z
  .preprocess(
    (value) =>
      value === undefined || value === null
        ? []
        : typeof value === "string"
          ? value
              .split(",")
              .map((code) => code.trim())
              .filter(Boolean)
          : value,
    z.array(CredentialField, "Choose credentials from the list.").max(KNOWN_CREDENTIALS.length * 2, "Choose credentials from the list."),
  )
  .transform((codes): CredentialCode[] => [...new Set(codes)])
  .refine((codes) => !(codes.includes("cpc") && codes.includes("cpc-a")), "CPC-A is the apprentice stage of the CPC: hold one or the other, not both.");
export const RemoteField = z.preprocess(
  (value) => (value === "1" || value === "true" ? true : value === "0" || value === "false" ? false : value),
  z.boolean("Remote work is yes or no (1 or 0)."),
);
export const ExamDateField = safeDate({ label: "the exam date", min: "2000-01-01", max: "2100-12-31" });
export const PayGoalField = wholeNumber(PAY_GOAL_MESSAGE, PAY_GOAL_MIN, PAY_GOAL_MAX);

/** Every field a learner can tell us about their career; all optional, an empty profile is valid. */
export const CareerProfileSchema = z.object({
  state: optional(StateField),
  metro: optional(MetroField),
  setting: optional(SettingField),
  yearsOfExperience: optional(YearsField),
  credentials: CredentialsField,
  remote: optional(RemoteField),
  targetCredential: optional(CredentialField),
  examDate: optional(ExamDateField),
  payGoal: optional(PayGoalField),
  remotePreference: optional(lowerEnum(REMOTE_PREFERENCES, "Choose remote, hybrid or on-site.")),
});

/** The learner's stored profile (the /profile form): everything but the model-only `remote` flag. */
export const LearnerProfileSchema = CareerProfileSchema.omit({ remote: true });
export type LearnerProfileData = z.output<typeof LearnerProfileSchema>;

/** The salary model's input: where a coder is now. Years default to 0. */
export const SalaryProfileSchema = CareerProfileSchema.pick({
  state: true,
  metro: true,
  setting: true,
  yearsOfExperience: true,
  credentials: true,
  remote: true,
}).transform((profile): SalaryProfile => ({
  ...(profile.state && { state: profile.state }),
  ...(profile.metro && { metro: profile.metro }),
  ...(profile.setting && { setting: profile.setting }),
  yearsOfExperience: profile.yearsOfExperience ?? 0,
  credentials: profile.credentials,
  ...(profile.remote !== undefined && { remote: profile.remote }),
}));

/** Query-string names of GET /api/salary/projection (?state=nj&setting=hospital&years=3&credentials=cpc,coc&remote=1). */
const QUERY_NAMES: Record<string, string> = { years: "yearsOfExperience" };
const FIELD_TO_QUERY: Record<string, string> = { yearsOfExperience: "years" };

/** The API's query, read into the same profile schema; a repeated parameter is refused. */
export const SalaryQuerySchema = z.preprocess((query) => {
  if (typeof query !== "object" || query === null) return query;
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [QUERY_NAMES[name] ?? name, value]));
}, SalaryProfileSchema);

/** "years: Years of experience is …": the message of the first problem, led by the query parameter's name. */
export function queryProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid parameters.";
  const field = String(issue.path[0] ?? "query");
  return `${FIELD_TO_QUERY[field] ?? field}: ${issue.message}`;
}
