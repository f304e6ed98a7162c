import { z } from "zod";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS, US_STATE_CODES, type SalaryProfile } from "@/lib/salary/types";

export const MAX_YEARS_OF_EXPERIENCE = 50;
/** Bounds of a yearly pay goal, for the profile and for a what-if comparison alike. */
export const PAY_GOAL_MIN = 10_000;
export const PAY_GOAL_MAX = 500_000;

// Query-string values arrive as strings; an empty parameter (?state=) means "not given".
/** What the user sent, quoted back short enough to read. */
const quoted = (value: unknown) => {
  const text = String(value);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
};

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const param = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const StateParam = z
  .string({ error: "state: give one two-letter state code, such as nj" })
  .trim()
  .toLowerCase()
  .pipe(z.enum(US_STATE_CODES, { error: "state: use a two-letter US state code, such as nj or ca" }));

const MetroParam = z
  .string({ error: "metro: give one metro area, such as trenton-nj" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]+([-_][a-z]+)*$/, "metro: use a metro area slug such as trenton-nj")
  .transform((value) => value.replace(/_/g, "-"));

const SettingParam = z
  .string({ error: `setting: give one work setting (${SALARY_SETTINGS.join(" or ")})` })
  .trim()
  .toLowerCase()
  .pipe(z.enum(SALARY_SETTINGS, { error: `setting: choose ${SALARY_SETTINGS.join(" or ")}` }));

const YEARS_MESSAGE = `years: give your years of experience, a whole number from 0 to ${MAX_YEARS_OF_EXPERIENCE}`;
const YearsParam = z
  .union([z.number(), z.string().trim()], { error: YEARS_MESSAGE })
  .transform((value) => (typeof value === "number" ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN))
  .pipe(z.number({ error: YEARS_MESSAGE }).int(YEARS_MESSAGE).min(0, YEARS_MESSAGE).max(MAX_YEARS_OF_EXPERIENCE, YEARS_MESSAGE));

const CredentialsParam = z
  .string({ error: "credentials: give a comma-separated list, such as cpc,coc" })
  .transform((value) => [...new Set(value.split(",").map((code) => code.trim().toLowerCase()).filter(Boolean))])
  .pipe(
    z.array(
      z.enum(KNOWN_CREDENTIALS, {
        error: (issue) => `credentials: "${quoted(issue.input)}" is not a credential the model knows; use ${KNOWN_CREDENTIALS.join(", ")}`,
      }),
    ),
  );

const RemoteParam = z.enum(["0", "1"], { error: "remote: use 1 for remote work or 0 for on site" }).transform((value) => value === "1");

/**
 * Query for GET /api/salary/projection?state=nj&setting=hospital&years=3&credentials=cpc,coc&remote=1.
 * Parse `Object.fromEntries(url.searchParams)`; every message starts with the parameter's name.
 */
export const SalaryProfileSchema = z
  .object({
    state: param(StateParam),
    metro: param(MetroParam),
    setting: param(SettingParam),
    years: param(YearsParam),
    credentials: param(CredentialsParam),
    remote: param(RemoteParam),
  })
  .transform(
    (query): SalaryProfile => ({
      ...(query.state && { state: query.state }),
      ...(query.metro && { metro: query.metro }),
      ...(query.setting && { setting: query.setting }),
      yearsOfExperience: query.years ?? 0,
      credentials: query.credentials ?? [],
      ...(query.remote !== undefined && { remote: query.remote }),
    }),
  );
export type SalaryProfileQuery = z.input<typeof SalaryProfileSchema>;
