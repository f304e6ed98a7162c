import { addDays, addMonths, daysBetween, type IsoDate } from "@/lib/claims/dates";
import type { Payer } from "@/lib/claims/schemas";

/**
 * Deadlines, each with the rule it comes from.
 * - Medicare fee-for-service timely filing: 12 months (one calendar year) after the date of service
 *   (42 CFR 424.44; Medicare Claims Processing Manual, IOM 100-04, Chapter 1, §70). A claim denied as late is
 *   not an initial determination and has no appeal rights.
 * - Medicare redetermination: 120 days from receipt of the initial determination, the notice presumed received
 *   5 days after its date (42 CFR 405.942 and 405.901).
 * - Medicare reopening for a clerical error: within one year of the initial determination (42 CFR 405.980(b)(1)).
 * - Commercial internal appeal: at least 180 days from receipt of the adverse benefit determination
 *   (45 CFR 147.136(b), incorporating 29 CFR 2560.503-1(h)(3)(i)); the contract may give more.
 * - Commercial and Medicaid timely filing: set by the contract or the state; a payer parameter here.
 */
export const DEADLINE_SOURCES = {
  medicareTimelyFiling: "42 CFR 424.44; Medicare Claims Processing Manual (IOM 100-04) Ch. 1 §70",
  redetermination: "42 CFR 405.942: 120 days from receipt; receipt presumed 5 days after the notice date (42 CFR 405.901)",
  reopening: "42 CFR 405.980(b)(1): reopening within one year of the initial determination",
  commercialAppeal: "45 CFR 147.136(b) with 29 CFR 2560.503-1(h)(3)(i): at least 180 days",
  contractTimelyFiling: "The payer's contract (a payer parameter in the simulator)",
} as const;

export const isMedicareFeeForService = (payer: Pick<Payer, "planType">): boolean => payer.planType === "medicare-b";

/** The last day a claim for this date of service may reach the payer. */
export function timelyFilingDeadline(payer: Payer, serviceDate: IsoDate): IsoDate {
  if (isMedicareFeeForService(payer)) return addMonths(serviceDate, 12);
  if (payer.timelyFilingDays === undefined) throw new Error(`payer ${payer.id} has no timely-filing limit`);
  return addDays(serviceDate, payer.timelyFilingDays);
}

export const isFiledLate = (payer: Payer, serviceDate: IsoDate, receivedOn: IsoDate): boolean => receivedOn > timelyFilingDeadline(payer, serviceDate);

/** The day the notice is presumed received (Medicare: 5 days after its date). */
export const presumedReceipt = (payer: Payer, noticeDate: IsoDate): IsoDate => addDays(noticeDate, payer.noticeReceiptDays);

/** The last day to file the first-level appeal (Medicare redetermination or the plan's internal appeal). */
export const appealDeadline = (payer: Payer, noticeDate: IsoDate): IsoDate => addDays(presumedReceipt(payer, noticeDate), payer.appealDays);

/** The last day to ask Medicare to reopen the claim for a clerical error. */
export const reopeningDeadline = (noticeDate: IsoDate): IsoDate => addMonths(noticeDate, 12);

export type DeadlineKind = "corrected-claim" | "reopening" | "appeal";

export type Deadline = {
  kind: DeadlineKind;
  label: string;
  due: IsoDate;
  /** Negative when it has passed. */
  daysLeft: number;
  source: string;
  /** False when the path does not exist for this claim (for example no appeal of a late or unprocessable claim). */
  available: boolean;
  note?: string;
};

export type DeadlineInput = {
  payer: Payer;
  /** The earliest date of service on the claim. */
  serviceDate: IsoDate;
  noticeDate: IsoDate;
  /** Appeal rights: false for a Medicare timely-filing denial and for an unprocessable (MA130) claim. */
  appealable: boolean;
  asOf: IsoDate;
};

/** Every deadline that applies to a remittance, soonest first among those available. */
export function deadlinesFor({ payer, serviceDate, noticeDate, appealable, asOf }: DeadlineInput): Deadline[] {
  const make = (kind: DeadlineKind, label: string, due: IsoDate, source: string, available = true, note?: string): Deadline => ({
    kind,
    label,
    due,
    daysLeft: daysBetween(asOf, due),
    source,
    available,
    ...(note ? { note } : {}),
  });
  const medicare = isMedicareFeeForService(payer);
  const deadlines: Deadline[] = [
    make(
      "corrected-claim",
      medicare ? "New or corrected claim (timely filing)" : "Corrected claim (timely filing)",
      timelyFilingDeadline(payer, serviceDate),
      medicare ? DEADLINE_SOURCES.medicareTimelyFiling : DEADLINE_SOURCES.contractTimelyFiling,
      true,
      "A corrected claim is still subject to the filing limit counted from the date of service.",
    ),
  ];
  if (medicare) deadlines.push(make("reopening", "Reopening (clerical error)", reopeningDeadline(noticeDate), DEADLINE_SOURCES.reopening, appealable));
  deadlines.push(
    make(
      "appeal",
      medicare ? "Redetermination (appeal level 1)" : "Internal appeal (level 1)",
      appealDeadline(payer, noticeDate),
      medicare ? DEADLINE_SOURCES.redetermination : DEADLINE_SOURCES.commercialAppeal,
      appealable,
      appealable ? undefined : "This denial carries no appeal rights.",
    ),
  );
  return deadlines.sort((a, b) => Number(b.available) - Number(a.available) || a.due.localeCompare(b.due));
}
