import { DENIAL_CATEGORIES, type DenialCategory } from "@/lib/claims/adjustment-codes";
import { denialGradeFromStored } from "@/lib/claims/stored-grade";
import { daysBetween } from "@/lib/claims/dates";
import { deadlinesFor, type Deadline } from "@/lib/claims/deadlines";
import type { Cents } from "@/lib/claims/money";
import { lineDenial, patientResponsibilityOf, type Remittance } from "@/lib/claims/remittance";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { ResolutionKind } from "@/lib/claims/resolutions";
import type { PlanType } from "@/lib/claims/schemas";
import { initialRemittance } from "@/lib/claims/workbench";
import type { Database } from "@/lib/db/client";
import { denialCatalog } from "@/lib/denials/catalog";
import { originalWorld } from "@/lib/denials/world";

export const WORK_STATUSES = [
  "new",
  "working",
  "resubmitted",
  "appealed",
  "paid",
  "upheld",
  "written-off",
  "billed-patient",
  "registration",
  "billed-other-payer",
  "closed",
] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export const WORK_STATUS_LABELS: Record<WorkStatus, string> = {
  new: "New",
  working: "Working",
  resubmitted: "Resubmitted, denied again",
  appealed: "Appealed, partly paid",
  paid: "Paid",
  upheld: "Upheld",
  "written-off": "Written off",
  "billed-patient": "Billed to patient",
  registration: "With registration",
  "billed-other-payer": "Billed other payer",
  closed: "Closed, no action",
};
const OPEN: ReadonlySet<WorkStatus> = new Set(["new", "working", "resubmitted", "appealed", "upheld"]);

export const AGING_BUCKETS = ["0-30", "31-60", "61-90", "91-120", "120+"] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export function agingBucket(days: number): AgingBucket {
  if (days <= 30) return "0-30";
  if (days <= 60) return "31-60";
  if (days <= 90) return "61-90";
  if (days <= 120) return "91-120";
  return "120+";
}

export type WorklistLine = { line: number; code: string; adjustments: string[]; remarks: string[] };

export type WorklistRow = {
  claimNumber: string;
  scenarioId: string;
  title: string;
  patient: string;
  payerName: string;
  planType: PlanType;
  serviceDate: string;
  noticeDate: string;
  billed: Cents;
  paid: Cents;
  denied: Cents;
  patientBalance: Cents;
  lines: WorklistLine[];
  category: DenialCategory;
  daysSinceRemit: number;
  bucket: AgingBucket;
  deadline: Deadline | null;
  status: WorkStatus;
  open: boolean;
  bestScore: number | null;
  attempts: number;
  recovered: Cents;
  difficulty: DenialScenario["difficulty"];
};

/** The denied amount of a remittance: every line a denial adjustment took, apart from patient-responsibility denials. */
export const deniedAmount = (remit: Remittance): Cents =>
  remit.lines.filter((line) => line.deniedBy !== undefined).reduce((total, line) => total + line.billed, 0);

export function statusFromAttempt(attempt: { resolution: string; outcome: string } | undefined, blocked: boolean): WorkStatus {
  if (!attempt) return blocked ? "working" : "new";
  switch (attempt.resolution as ResolutionKind) {
    case "corrected-claim":
    case "reopening":
    case "new-claim":
      return attempt.outcome === "paid" ? "paid" : "resubmitted";
    case "appeal":
      return attempt.outcome === "overturned" ? "paid" : attempt.outcome === "partly-overturned" ? "appealed" : "upheld";
    case "write-off":
      return "written-off";
    case "bill-patient":
      return "billed-patient";
    case "registration":
      return "registration";
    case "bill-other-payer":
      return "billed-other-payer";
    case "no-action":
      return "closed";
  }
}

/** Each scenario's first remittance, from the original world (cached: content does not change at run time). */
const remittances = new Map<string, Remittance>();
export function originalRemittance(scenario: DenialScenario): Remittance {
  let remit = remittances.get(scenario.id);
  if (!remit) {
    remit = initialRemittance(scenario, originalWorld());
    remittances.set(scenario.id, remit);
  }
  return remit;
}

/** The same claim priced at the payer's contracted rates (no misloaded fees): what posting compares the payment with. */
export function contractRemittance(scenario: DenialScenario): Remittance {
  return initialRemittance({ ...scenario, remittance: { ...scenario.remittance, misloadedFees: undefined } }, originalWorld());
}

/** The learner's worklist: every scenario's claim with its remittance, deadlines and the learner's status on it. */
export async function getWorklist(db: Database, userId: string): Promise<WorklistRow[]> {
  const { scenarios, payers } = denialCatalog();
  const [attempts, blocked] = await Promise.all([
    db.denialAttempt.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { scenarioId: true, resolution: true, payerAnswer: true, grade: true, score: true, recoveredCents: true },
    }),
    db.claimSubmission.findMany({ where: { userId, clean: false }, select: { scenarioId: true }, distinct: ["scenarioId"] }),
  ]);
  const blockedIds = new Set(blocked.map((row) => row.scenarioId));
  return scenarios.map((scenario) => {
    const remit = originalRemittance(scenario);
    const payer = payers.get(scenario.claim.payerId)!;
    const own = attempts.filter((attempt) => attempt.scenarioId === scenario.id);
    const latest = own.at(-1);
    const status = statusFromAttempt(
      latest ? { resolution: latest.resolution, outcome: denialGradeFromStored(latest.grade, latest).outcome } : undefined,
      blockedIds.has(scenario.id),
    );
    const serviceDate = scenario.claim.lines.map((line) => line.serviceDate).sort()[0]!;
    const deadlines = deadlinesFor({ payer, serviceDate, noticeDate: remit.noticeDate, appealable: remit.appealable, asOf: scenario.workedOn });
    const daysSinceRemit = daysBetween(remit.noticeDate, scenario.workedOn);
    const denied = deniedAmount(remit);
    return {
      claimNumber: scenario.claim.claimNumber,
      scenarioId: scenario.id,
      title: scenario.title,
      patient: scenario.claim.patient.name,
      payerName: payer.name,
      planType: payer.planType,
      serviceDate,
      noticeDate: remit.noticeDate,
      billed: remit.billed,
      paid: remit.paid,
      denied,
      patientBalance: remit.lines.reduce((total, line) => total + patientResponsibilityOf(line), 0),
      lines: remit.lines.map((line) => ({
        line: line.line,
        code: line.code,
        adjustments: line.adjustments.map((adjustment) => `${adjustment.group}-${adjustment.reason}`),
        remarks: line.remarks,
      })),
      category: scenario.category,
      daysSinceRemit,
      bucket: agingBucket(daysSinceRemit),
      deadline: remit.lines.some((line) => lineDenial(line)) ? (deadlines.find((deadline) => deadline.available) ?? deadlines[0]!) : null,
      status,
      open: OPEN.has(status),
      bestScore: own.length ? Math.max(...own.map((attempt) => attempt.score)) : null,
      attempts: own.length,
      recovered: own.reduce((best, attempt) => Math.max(best, attempt.recoveredCents), 0),
      difficulty: scenario.difficulty,
    };
  });
}

export const SORT_KEYS = ["triage", "deadline", "denied", "age", "dos", "claim", "patient", "payer", "status"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type WorklistQuery = {
  sort: SortKey;
  dir: "asc" | "desc";
  category?: DenialCategory;
  planType?: PlanType;
  status?: WorkStatus;
  bucket?: AgingBucket;
  q?: string;
};

/**
 * Filters and sorts the worklist. The default, "triage", is how denial teams work: open claims first, then the
 * nearest deadline, then the most dollars.
 */
export function arrangeWorklist(rows: WorklistRow[], query: WorklistQuery): WorklistRow[] {
  const q = query.q?.trim().toLowerCase();
  const filtered = rows.filter(
    (row) =>
      (!query.category || row.category === query.category) &&
      (!query.planType || row.planType === query.planType) &&
      (!query.status || row.status === query.status) &&
      (!query.bucket || row.bucket === query.bucket) &&
      (!q ||
        `${row.claimNumber} ${row.patient} ${row.payerName} ${row.title} ${row.lines.flatMap((line) => [line.code, ...line.adjustments, ...line.remarks]).join(" ")}`
          .toLowerCase()
          .includes(q)),
  );
  const daysLeft = (row: WorklistRow) => row.deadline?.daysLeft ?? Number.POSITIVE_INFINITY;
  const compare: Record<SortKey, (a: WorklistRow, b: WorklistRow) => number> = {
    triage: (a, b) => Number(b.open) - Number(a.open) || daysLeft(a) - daysLeft(b) || b.denied - a.denied,
    deadline: (a, b) => daysLeft(a) - daysLeft(b),
    denied: (a, b) => a.denied - b.denied,
    age: (a, b) => a.daysSinceRemit - b.daysSinceRemit,
    dos: (a, b) => a.serviceDate.localeCompare(b.serviceDate),
    claim: (a, b) => a.claimNumber.localeCompare(b.claimNumber),
    patient: (a, b) => a.patient.localeCompare(b.patient),
    payer: (a, b) => a.payerName.localeCompare(b.payerName),
    status: (a, b) => a.status.localeCompare(b.status),
  };
  const sign = query.sort === "triage" ? 1 : query.dir === "desc" ? -1 : 1;
  return [...filtered].sort((a, b) => sign * compare[query.sort](a, b) || a.claimNumber.localeCompare(b.claimNumber));
}

export type WorklistSummary = { openDenied: Cents; recovered: Cents; atRisk: number; open: number; total: number };
export function summariseWorklist(rows: WorklistRow[]): WorklistSummary {
  const open = rows.filter((row) => row.open);
  return {
    openDenied: open.reduce((total, row) => total + row.denied, 0),
    recovered: rows.reduce((total, row) => total + row.recovered, 0),
    atRisk: open.filter((row) => row.deadline && row.deadline.available && row.deadline.daysLeft <= 30).length,
    open: open.length,
    total: rows.length,
  };
}

export { DENIAL_CATEGORIES };
