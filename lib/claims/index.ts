/**
 * lib/claims: the claim model, scrubber, simulated payer, appeals, patient-share maths, deadlines, posting and the
 * grading of denial work. Pure functions (no Next.js, no database); load-content.ts is the one module that reads
 * files. See README.md in this folder for the map and the stable API other features build on.
 */
export {
  adjustmentLabel,
  carc,
  CARCS,
  DENIAL_CATEGORIES,
  DENIAL_CATEGORY_LABELS,
  GROUP_CODES,
  GROUP_MEANINGS,
  isKnownCarc,
  isKnownRarc,
  RARCS,
  rarcMeaning,
} from "@/lib/claims/adjustment-codes";
export type { DenialCategory, GroupCode, ReasonCode } from "@/lib/claims/adjustment-codes";
export { adjudicate, scheduledAmount } from "@/lib/claims/adjudicate";
export type { PayerContext, Waiver } from "@/lib/claims/adjudicate";
export { adjudicateAppeal, attachedText } from "@/lib/claims/appeal";
export type { Appeal, AppealDecision, AppealOutcome, PassageRef } from "@/lib/claims/appeal";
export { addDays, addMonths, ageOn, daysBetween, isIsoDate } from "@/lib/claims/dates";
export type { IsoDate } from "@/lib/claims/dates";
export { appealDeadline, DEADLINE_SOURCES, deadlinesFor, isFiledLate, presumedReceipt, reopeningDeadline, timelyFilingDeadline } from "@/lib/claims/deadlines";
export type { Deadline, DeadlineKind } from "@/lib/claims/deadlines";
export { gradeDenialWork } from "@/lib/claims/grade";
export type { DenialOutcome, DenialWorkGrade, FeedbackItem } from "@/lib/claims/grade";
export { formatCents, percentOf, toCents } from "@/lib/claims/money";
export type { Cents } from "@/lib/claims/money";
export { isValidNpi } from "@/lib/claims/npi";
export { patientShare } from "@/lib/claims/patient-share";
export type { BenefitAccumulators, PatientShare } from "@/lib/claims/patient-share";
export { postRemittance } from "@/lib/claims/posting";
export type { LedgerEntry, Posting, Underpayment } from "@/lib/claims/posting";
export { balanceProblems, lineDenial, patientResponsibilityOf } from "@/lib/claims/remittance";
export type { RemitAdjustment, RemitLine, Remittance, RemittanceStatus } from "@/lib/claims/remittance";
export { EDIT_IDS, findClaimIssues } from "@/lib/claims/rules";
export type { ClaimContext, ClaimIssue, EditId } from "@/lib/claims/rules";
export { DenialScenarioSchema } from "@/lib/claims/scenario-schema";
export type { AppealRequirement, ChartDocument, DenialScenario } from "@/lib/claims/scenario-schema";
export { passagesOf } from "@/lib/claims/passages";
export { RESOLUTION_KINDS, RESOLUTION_LABELS, WRITE_OFF_LABELS, WRITE_OFF_REASONS } from "@/lib/claims/resolutions";
export type { ResolutionKind, WriteOffReason } from "@/lib/claims/resolutions";
export { ClaimSchema, MemberFileSchema, PayerSchema, PLAN_TYPE_LABELS, PLAN_TYPES } from "@/lib/claims/schemas";
export type { Claim, ClaimInput, ClaimLine, CoverageRule, MemberFile, Payer, PlanBenefits, PlanType } from "@/lib/claims/schemas";
export { scrubClaim, SCRUBBER_EDITS } from "@/lib/claims/scrub";
export type { ScrubFinding, ScrubResult } from "@/lib/claims/scrub";
export type { CodeCheck, CodeRule, CodeStatus, EditTables, MueEdit, PtpEdit } from "@/lib/claims/tables";
export { applyCorrection, correctionStart, initialRemittance, modelCorrectionOf, payerOf, scrubCorrection, sendToPayer } from "@/lib/claims/workbench";
export type { ClaimCorrection, ClaimsWorld, DenialWork, PayerAnswer } from "@/lib/claims/workbench";
export { workStart } from "@/lib/claims/work-start";
export type { AppealFields, ClaimHeader, CorrectionState, WorkStart } from "@/lib/claims/work-start";
