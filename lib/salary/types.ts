// Types and vocabularies for the salary model. Figures live in content/facts/figures.yaml, never here.

/** Two-letter codes of the 50 states and DC; lower case, as in the facts keys (state.nj.mean_annual). */
export const US_STATE_CODES = [
  "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks",
  "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc",
  "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
] as const;
export type UsStateCode = (typeof US_STATE_CODES)[number];

/** Work settings with a BLS industry figure (setting.<key, hyphens as underscores>.mean_annual). */
export const SALARY_SETTINGS = ["hospital", "physician-office"] as const;
export type SalarySetting = (typeof SALARY_SETTINGS)[number];

/**
 * Credentials the career guide names. Only some have a salary figure (credential.<code>.avg_annual);
 * the others count as "a credential" without a premium of their own (see content/salary/model.md).
 */
export const KNOWN_CREDENTIALS = ["cpc", "cpc-a", "coc", "cca", "ccs", "ccs-p", "cpma", "cdip", "ccds", "crc", "cic", "cpb", "rhit", "rhia", "ccc", "cosc"] as const;
export type CredentialCode = (typeof KNOWN_CREDENTIALS)[number];

export type SalaryProfile = {
  /** Two-letter state code, lower case. */
  state?: string;
  /** Metropolitan area slug, e.g. "trenton-nj" (facts key metro.trenton_nj.mean_annual). Wins over state. */
  metro?: string;
  setting?: SalarySetting;
  yearsOfExperience: number;
  /** Lower-case credential codes such as "cpc", "coc", "ccs". */
  credentials: string[];
  remote?: boolean;
};

/** A change that takes effect from projection year `year` (0 = now) onwards. */
export type CareerEvent = {
  year: number;
  addCredential?: string;
  setting?: SalarySetting;
  state?: string;
  metro?: string;
  remote?: boolean;
};

export type CareerPath = { profile: SalaryProfile; events: CareerEvent[] };

export type SalaryRange = { low: number; typical: number; high: number };

export type SalaryYear = SalaryRange & { year: number };

export type SalarySource = { figureKey: string; label: string; sourceId: string; publisher: string; year: number };

/** One multiplier of the model, with the figures it comes from. `factor` 1 means "no effect". */
export type SalaryFactor = { factor: number; label: string; explanation: string; figureKeys: string[] };

export type ExperienceBand = "entry" | "mid" | "senior" | "expert";

export type SalaryFactors = {
  yearsOfExperience: number;
  /** Experience at which the experience curve equals the AAPC certified average (the reference profile). */
  referenceExperienceYears: number;
  /** National pay of a coder with one credential at this experience, before the multipliers below. */
  base: SalaryRange & { band: ExperienceBand; figureKeys: string[] };
  credential: SalaryFactor;
  location: SalaryFactor;
  setting: SalaryFactor;
  remote: SalaryFactor;
  /** credential × location × setting × remote. */
  combinedFactor: number;
  salary: SalaryRange;
  sources: SalarySource[];
  assumptions: string[];
};

export type SalaryProjection = { years: SalaryYear[]; sources: SalarySource[]; assumptions: string[] };

export type ProjectSalaryOptions = { horizonYears?: number };
