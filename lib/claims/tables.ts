import type { IsoDate } from "@/lib/claims/dates";
import type { Cents } from "@/lib/claims/money";

/** NCCI procedure-to-procedure edit: column 2 is not paid with column 1 on the same date, unless the indicator allows a modifier. */
export type PtpEdit = {
  column1: string;
  column2: string;
  /** 0 = never together; 1 = allowed with an NCCI-associated modifier when documented; 9 = edit deleted / not applicable. */
  indicator: 0 | 1 | 9;
  effective: IsoDate;
  /** The edit no longer applies to dates of service on or after this day. */
  deleted?: IsoDate;
  rationale: string;
};

/** NCCI medically unlikely edit: the most units of a code for one patient, one provider, one date (or line). */
export type MueEdit = {
  code: string;
  value: number;
  /** MUE adjudication indicator: 1 per line; 2 per day, absolute (policy); 3 per day, clinical (appealable with records). */
  mai: 1 | 2 | 3;
  rationale: string;
};

/** Global surgery days from the fee schedule: 0, 10 or 90; null = the global concept does not apply (XXX, ZZZ add-ons …). */
export type GlobalDays = 0 | 10 | 90 | null;

/** What the simulated payer knows about one CPT/HCPCS code (synthetic figures, modelled on the MPFS indicators). */
export type CodeRule = {
  code: string;
  /** Our own short plain-language summary (never the AMA descriptor). */
  summary: string;
  /** The synthetic fee schedule amount (100% level). */
  fee: Cents;
  globalDays: GlobalDays;
  /** MPFS-style bilateral indicator: 0 not applicable, 1 modifier 50 pays 150%, 2 already bilateral, 3 each side 100%, 9 concept does not apply. */
  bilateral: 0 | 1 | 2 | 3 | 9;
  /** The code is done on one side of a paired organ or limb: it needs LT, RT or 50 (teaching rule). */
  sided: boolean;
  /** Multiple-procedure reduction applies (second and later such procedures on the day at 50%). */
  multipleProcedure: boolean;
  /** Add-on code: these primaries (any one on the same date) must be billed with it. */
  addOnPrimaries?: string[];
  /** The code is only for this sex. */
  sex?: "F" | "M";
  minAge?: number;
  maxAge?: number;
};

export type EditTables = {
  ptp: readonly PtpEdit[];
  mue: ReadonlyMap<string, MueEdit>;
  codes: ReadonlyMap<string, CodeRule>;
  /** Where the NCCI rows came from: our teaching subset, or CMS files imported with `npm run ncci:import`. */
  source: { kind: "teaching" | "imported"; label: string };
};

/** Code status from the code sets: billable, a header (ICD-10-CM category or subcategory), terminated, or unknown. */
export type CodeStatus = "billable" | "header" | "terminated" | "unknown";
export type CodeCheck = (system: "icd10cm" | "cpt" | "hcpcs", code: string) => CodeStatus;

export const isEvaluationAndManagement = (code: string): boolean => /^992\d\d$/.test(code);
export const isOfficeVisit = (code: string): boolean => /^992(0[2-5]|1[1-5])$/.test(code);

/** The PTP edits in force for a pair of codes on a date, either order. */
export function ptpEditFor(tables: EditTables, codeA: string, codeB: string, serviceDate: IsoDate): PtpEdit | undefined {
  return tables.ptp.find(
    (edit) =>
      ((edit.column1 === codeA && edit.column2 === codeB) || (edit.column1 === codeB && edit.column2 === codeA)) &&
      edit.effective <= serviceDate &&
      (edit.deleted === undefined || serviceDate < edit.deleted),
  );
}

/** ICD-10-CM codes that carry a sex by their chapter or block (teaching subset): pregnancy for F, male genital organs for M. */
export function diagnosisSex(code: string): "F" | "M" | undefined {
  const bare = code.replace(".", "");
  if (/^O/.test(bare) || /^Z3[3-6]/.test(bare) || /^Z3A/.test(bare) || /^N7[0-7]/.test(bare) || /^N8/.test(bare) || /^C5[1-8]/.test(bare)) return "F";
  if (/^N4[0-9]/.test(bare) || /^N5[0-3]/.test(bare) || /^C6[0-3]/.test(bare)) return "M";
  return undefined;
}

/** Anatomic modifiers NCCI accepts as showing a different site. */
export const ANATOMIC_MODIFIERS = new Set([
  "LT",
  "RT",
  "E1",
  "E2",
  "E3",
  "E4",
  "FA",
  "F1",
  "F2",
  "F3",
  "F4",
  "F5",
  "F6",
  "F7",
  "F8",
  "F9",
  "TA",
  "T1",
  "T2",
  "T3",
  "T4",
  "T5",
  "T6",
  "T7",
  "T8",
  "T9",
  "LC",
  "LD",
  "LM",
  "RC",
  "RI",
]);
/** Modifiers that may bypass a PTP edit with indicator 1 (NCCI Policy Manual, Chapter I). */
export const PTP_BYPASS_MODIFIERS = new Set(["59", "XE", "XS", "XP", "XU", "24", "25", "57", "58", "78", "79", "27", "91"]);
export const X_MODIFIERS = ["XE", "XS", "XP", "XU"] as const;
