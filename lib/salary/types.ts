// Types and vocabularies for the salary model. Figures live in content/facts/figures.yaml, never here.

/** Two-letter codes of the 50 states and DC; lower case, as in the facts keys (state.nj.mean_annual). */
export const US_STATE_CODES = [
  "al",
  "ak",
  "az",
  "ar",
  "ca",
  "co",
  "ct",
  "de",
  "dc",
  "fl",
  "ga",
  "hi",
  "id",
  "il",
  "in",
  "ia",
  "ks",
  "ky",
  "la",
  "me",
  "md",
  "ma",
  "mi",
  "mn",
  "ms",
  "mo",
  "mt",
  "ne",
  "nv",
  "nh",
  "nj",
  "nm",
  "ny",
  "nc",
  "nd",
  "oh",
  "ok",
  "or",
  "pa",
  "ri",
  "sc",
  "sd",
  "tn",
  "tx",
  "ut",
  "vt",
  "va",
  "wa",
  "wv",
  "wi",
  "wy",
] as const;
export type UsStateCode = (typeof US_STATE_CODES)[number];

/** Work settings with a BLS industry figure (setting.<key, hyphens as underscores>.mean_annual). */
export const SALARY_SETTINGS = ["hospital", "physician-office"] as const;
export type SalarySetting = (typeof SALARY_SETTINGS)[number];

/**
 * Credentials the career guide names. Only some have a salary figure (credential.<code>.avg_annual);
 * the others count as "a credential" without a premium of their own (see content/salary/model.md).
 */
export const KNOWN_CREDENTIALS = [
  "cpc",
  "cpc-a",
  "coc",
  "cca",
  "ccs",
  "ccs-p",
  "cpma",
  "cdip",
  "ccds",
  "crc",
  "cic",
  "cpb",
  "rhit",
  "rhia",
  "ccc",
  "cosc",
] as const;
export type CredentialCode = (typeof KNOWN_CREDENTIALS)[number];

/** Roles beyond frontline coding. Their pay comes only from a move the learner chooses, never from years alone. */
export const CAREER_ROLES = ["auditor", "cdi", "manager"] as const;
export type CareerRole = (typeof CAREER_ROLES)[number];

/** The salary model's input: one coder at one moment. Validated at the edges by the profile schema. */
export type SalaryProfile = {
  state?: UsStateCode;
  /** Metropolitan area slug, e.g. "trenton-nj" (facts key metro.trenton_nj.mean_annual). Wins over state. */
  metro?: string;
  setting?: SalarySetting;
  yearsOfExperience: number;
  credentials: CredentialCode[];
  remote?: boolean;
  /** Set only by a career move (a what-if); absent means frontline coding. */
  role?: CareerRole;
};

/** A change that takes effect from projection year `year` (0 = now) onwards: exactly one thing changes. */
export type CareerEvent =
  | { year: number; kind: "credential"; credential: CredentialCode }
  | { year: number; kind: "setting"; setting: SalarySetting }
  | { year: number; kind: "state"; state: UsStateCode }
  | { year: number; kind: "metro"; metro: string }
  | { year: number; kind: "remote"; remote: boolean }
  | { year: number; kind: "role"; role: CareerRole };
export type CareerEventKind = CareerEvent["kind"];

export type CareerPath = { profile: SalaryProfile; events: CareerEvent[] };

export type SalaryRange = { low: number; typical: number; high: number };

export type SalaryYear = SalaryRange & { year: number };

/** A figure the model read, with where it comes from. `year` is absent when the source gives none. */
export type SalarySource = { figureKey: string; label: string; sourceId: string; publisher: string; year?: number };

/** One multiplier of the model, with the figures it comes from. `factor` 1 means "no effect". */
export type SalaryFactor = { factor: number; label: string; explanation: string; figureKeys: string[] };

export type ExperienceBand = "entry" | "mid" | "senior";

/**
 * Something the learner should know about a figure, as a code with its values; the page words it from
 * content/salary/notes.yaml. Amounts are whole dollars, years are years.
 */
export type SalaryNote =
  | { code: "national-mean-estimated"; mean: number; median: number }
  | { code: "national-mean-published"; mean: number }
  | { code: "no-state-figure"; state: UsStateCode }
  | { code: "no-metro-figure"; metro: string }
  | { code: "no-credential-figure"; credential: CredentialCode }
  | { code: "credential-overlaps-setting"; credential: CredentialCode; setting: SalarySetting }
  | { code: "extra-credentials"; count: number; premiumPercent: number }
  | { code: "frontline-ceiling"; ceiling: number }
  | { code: "credentialed-floor"; floor: number }
  | { code: "held-after-senior"; years: number }
  | { code: "before-entry-midpoint"; years: number }
  | { code: "location-and-setting" }
  | { code: "remote-location-pay" }
  | { code: "apprentice"; years: number }
  | { code: "role-pay"; role: CareerRole }
  | { code: "role-deferred"; role: CareerRole; minimumYears: number }
  | { code: "events-after-horizon"; count: number; horizon: number };
export type SalaryNoteCode = SalaryNote["code"];

export type SalaryFactors = {
  yearsOfExperience: number;
  /** National pay of a frontline CPC at this experience (the guide's band), before the factors below. */
  base: SalaryRange & { band: ExperienceBand; figureKeys: string[] };
  credential: SalaryFactor;
  location: SalaryFactor;
  setting: SalaryFactor;
  remote: SalaryFactor;
  /** Present when a career move sets the pay instead of base × factors. */
  role?: SalaryFactor & { pay: SalaryRange };
  /** The product of the factors actually applied (overlaps counted once). */
  combinedFactor: number;
  salary: SalaryRange;
  sources: SalarySource[];
  notes: SalaryNote[];
};

export type SalaryProjection = { years: SalaryYear[]; sources: SalarySource[]; notes: SalaryNote[] };

export type ProjectSalaryOptions = { horizonYears?: number };
