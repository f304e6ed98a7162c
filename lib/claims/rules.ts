import type { GroupCode } from "@/lib/claims/adjustment-codes";
import { addDays, ageOn, daysBetween, type IsoDate } from "@/lib/claims/dates";
import { isFiledLate, isMedicareFeeForService, timelyFilingDeadline } from "@/lib/claims/deadlines";
import { isValidNpi } from "@/lib/claims/npi";
import type { Claim, ClaimLine, CoverageRule, MemberFile, Payer } from "@/lib/claims/schemas";
import {
  ANATOMIC_MODIFIERS,
  diagnosisSex,
  isEvaluationAndManagement,
  PTP_BYPASS_MODIFIERS,
  ptpEditFor,
  X_MODIFIERS,
  type CodeCheck,
  type CodeRule,
  type EditTables,
} from "@/lib/claims/tables";

/**
 * The claim rules, written once and used twice: by the scrubber (before sending, as findings that say what,
 * why and how to fix) and by the simulated payer (after receipt, as the denial it sends). Each rule names its
 * source. Rules that need the payer's own files (eligibility, coordination of benefits, duplicates) run only on
 * the payer's side.
 */

export const EDIT_IDS = [
  "required-fields",
  "code-validity",
  "diagnosis-pointer",
  "timely-filing",
  "duplicate",
  "eligibility",
  "coordination-of-benefits",
  "authorization",
  "age-sex",
  "modifier",
  "diagnosis-consistency",
  "excluded-service",
  "medical-necessity",
  "ptp",
  "em-same-day",
  "global-period",
  "mue",
  "add-on",
] as const;
export type EditId = (typeof EDIT_IDS)[number];

/** Rules the practice's scrubber cannot run: they need the payer's member file. */
export const PAYER_ONLY_EDITS: ReadonlySet<EditId> = new Set(["duplicate", "eligibility", "coordination-of-benefits"]);

export type Denial = { group: GroupCode; reason: string; remarks: string[] };

export type ClaimIssue = {
  edit: EditId;
  /** 1-based service line; unset for the whole claim. */
  line?: number;
  severity: "error" | "warning";
  what: string;
  why: string;
  source: string;
  fix: string;
  /** What the payer sends when it finds this. */
  denial: Denial;
  /** The claim cannot be processed at all (front-end): every line is returned unprocessed, with no appeal rights. */
  unprocessable?: boolean;
  /** A reviewer may lift it on appeal when the records show what the policy asks. */
  appealable: boolean;
};

export type ClaimContext = {
  payer: Payer;
  tables: EditTables;
  codeCheck: CodeCheck;
  /** The payer's published medical policy rules for the codes on the claim. */
  coverage: readonly CoverageRule[];
  /** Claims already processed for this patient by this payer: duplicates and global periods. */
  history: MemberFile["history"];
  /** The payer's member file: only the payer has it. */
  member?: MemberFile;
  /** The scrubber's today, for the filing limit before sending; the payer uses the claim's receipt date. */
  asOf: IsoDate;
};

type Rule = (claim: Claim, context: ClaimContext) => ClaimIssue[];

const lineName = (index: number, line: ClaimLine) => `Line ${index + 1} (${line.code})`;
const has = (line: ClaimLine, ...modifiers: string[]) => modifiers.some((modifier) => line.modifiers.includes(modifier));
const coverageFor = (context: ClaimContext, code: string) => context.coverage.find((rule) => rule.code === code);
const ruleFor = (context: ClaimContext, code: string): CodeRule | undefined => context.tables.codes.get(code);
const pointedDiagnoses = (claim: Claim, line: ClaimLine) =>
  line.pointers.map((pointer) => claim.diagnoses[pointer - 1]).filter((code): code is string => code !== undefined);
const matchesPrefix = (code: string, prefixes: readonly string[]) => prefixes.some((prefix) => code.startsWith(prefix));
const medicareRemarks = (context: ClaimContext, ...remarks: string[]) => (isMedicareFeeForService(context.payer) ? [...remarks, "MA01"] : remarks);
const unprocessableRemarks = (context: ClaimContext, remark: string) => (isMedicareFeeForService(context.payer) ? [remark, "MA130"] : [remark]);

const SOURCES = {
  form: "NUCC 1500 Claim Form Reference Instruction Manual; X12 837P implementation guide (required data elements)",
  npi: "45 CFR 162.406 (the NPI standard) and the CMS NPI check-digit rule",
  icd: "FY2026 ICD-10-CM Official Guidelines, Section I.A.6 (codes must be reported to the highest number of characters available)",
  pointer: "NUCC 1500 instructions for box 24E (diagnosis pointer)",
  ptp: "NCCI Policy Manual for Medicare Services, Chapter I (PTP edits and modifier indicators)",
  mue: "NCCI Policy Manual, Chapter I, section on medically unlikely edits; CMS MUE page (adjudication indicators)",
  addOn: "NCCI Policy Manual, Chapter I (add-on code edits); CPT guidelines on add-on codes",
  modifier: "CPT modifier guidelines (Appendix A); CMS bilateral-surgery indicator in the MPFS relative value file",
  global: "Medicare Claims Processing Manual (IOM 100-04) Ch. 12 §40 (global surgery); MLN Global Surgery booklet",
  necessity: "Social Security Act §1862(a)(1)(A) (reasonable and necessary); the payer's coverage policy (LCD-style)",
  abn: "Medicare Claims Processing Manual (IOM 100-04) Ch. 30 §50 (ABN); CR 6563 (GA/GZ modifiers)",
  auth: "The payer's prior-authorization list (plan contract)",
  cob: "42 USC 1395y(b) (Medicare secondary payer); NAIC COB model regulation",
  duplicate: "X12 CARC usage and the payer's duplicate-claim edit; IOM 100-04 Ch. 34 (reopening, not resubmission)",
  eligibility: "The payer's eligibility file for the member on the date of service",
  ageSex: "CMS Integrated Outpatient Code Editor and ICD-10-CM Tabular sex/age edits (teaching subset)",
  consistency: "FY2026 ICD-10-CM Official Guidelines, Section IV (the diagnosis must explain the reason for the service)",
} as const;

const requiredFields: Rule = (claim, context) => {
  const issues: ClaimIssue[] = [];
  const add = (what: string, fix: string, remark: string, source: string = SOURCES.form) =>
    issues.push({
      edit: "required-fields",
      severity: "error",
      what,
      why: "The payer cannot process a claim without it, and returns it unprocessed.",
      source,
      fix,
      denial: { group: "CO", reason: "16", remarks: unprocessableRemarks(context, remark) },
      unprocessable: true,
      appealable: false,
    });
  if (!claim.memberId.trim()) add("The member id (box 1a) is blank.", "Copy the member id from the insurance card on file.", "N382");
  if (!isValidNpi(claim.renderingNpi))
    add(
      `The rendering NPI "${claim.renderingNpi}" is not a valid 10-digit NPI (its check digit fails).`,
      "Use the rendering provider's NPI from the provider file (box 24J).",
      "N290",
      SOURCES.npi,
    );
  if (!isValidNpi(claim.billingProvider.npi))
    add(`The billing provider NPI "${claim.billingProvider.npi}" is not a valid 10-digit NPI.`, "Use the group's NPI (box 33a).", "N290", SOURCES.npi);
  if (!/^\d{2}$/.test(claim.placeOfService))
    add(
      "The place of service (box 24B) is missing or not a two-digit code.",
      "Enter where the service happened, such as 11 (office) or 24 (ambulatory surgical center).",
      "M77",
    );
  return issues;
};

const codeValidity: Rule = (claim, context) => {
  const issues: ClaimIssue[] = [];
  claim.diagnoses.forEach((code, index) => {
    const status = context.codeCheck("icd10cm", code);
    if (status === "billable") return;
    issues.push({
      edit: "code-validity",
      severity: "error",
      what: `Diagnosis ${String.fromCharCode(65 + index)} (${code}) ${status === "header" ? "is a category header, not a billable code" : "is not an ICD-10-CM FY2026 code"}.`,
      why: "Only codes valid for the date of service, at their full length, can be reported.",
      source: SOURCES.icd,
      fix:
        status === "header" ? "Pick the billable code below it that the chart supports (use the lookup panel)." : "Look the code up and enter one that exists.",
      denial: { group: "CO", reason: "16", remarks: unprocessableRemarks(context, status === "header" ? "M81" : "M76") },
      unprocessable: true,
      appealable: false,
    });
  });
  claim.lines.forEach((line, index) => {
    const system = /^[A-Z]/.test(line.code) ? "hcpcs" : "cpt";
    const status = context.codeCheck(system, line.code);
    if (status === "billable") return;
    issues.push({
      edit: "code-validity",
      line: index + 1,
      severity: "error",
      what: `${lineName(index, line)}: ${status === "terminated" ? "the code was discontinued before the date of service" : "the code is not in the code set"}.`,
      why: "A procedure code must be valid on the date of service.",
      source: system === "hcpcs" ? "CMS HCPCS Level II annual file (effective and termination dates)" : "CPT code set valid for the date of service",
      fix: "Code the service again from the chart with a current code.",
      denial: { group: "CO", reason: "16", remarks: unprocessableRemarks(context, "M51") },
      unprocessable: true,
      appealable: false,
    });
  });
  return issues;
};

const diagnosisPointers: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    const dangling = line.pointers.filter((pointer) => pointer > claim.diagnoses.length);
    if (line.pointers.length > 0 && dangling.length === 0) return [];
    return [
      {
        edit: "diagnosis-pointer",
        line: index + 1,
        severity: "error",
        what:
          line.pointers.length === 0
            ? `${lineName(index, line)} points to no diagnosis.`
            : `${lineName(index, line)} points to ${dangling.map((pointer) => String.fromCharCode(64 + pointer)).join(", ")}, but box 21 has no diagnosis there.`,
        why: "Every service line must point to the diagnosis that explains it.",
        source: SOURCES.pointer,
        fix: "Point the line at the diagnosis (A–L) that the chart gives as the reason for the service.",
        denial: { group: "CO", reason: "16", remarks: unprocessableRemarks(context, "M76") },
        unprocessable: true,
        appealable: false,
      },
    ];
  });

const timelyFiling: Rule = (claim, context) => {
  const received = context.member ? claim.receivedOn : context.asOf;
  const medicare = isMedicareFeeForService(context.payer);
  return claim.lines.flatMap((line, index): ClaimIssue[] =>
    isFiledLate(context.payer, line.serviceDate, received)
      ? [
          {
            edit: "timely-filing",
            line: index + 1,
            severity: "error",
            what: `${lineName(index, line)}: the date of service ${line.serviceDate} is past the filing limit (last day ${timelyFilingDeadline(context.payer, line.serviceDate)}).`,
            why: medicare
              ? "Medicare takes claims up to 12 months after the date of service; a late claim is denied and the denial cannot be appealed."
              : "The payer's contract sets how long after the date of service a claim may be filed.",
            source: medicare ? "42 CFR 424.44; IOM 100-04 Ch. 1 §70" : "The payer's contract (timely filing limit)",
            fix: medicare
              ? "Nothing on the claim fixes it: unless you hold proof of timely filing or a listed exception, write it off."
              : "Only proof that it was filed in time (such as a clearinghouse acceptance report) changes the outcome.",
            denial: { group: "CO", reason: "29", remarks: [] },
            appealable: !medicare,
          },
        ]
      : [],
  );
};

const duplicate: Rule = (claim, context) => {
  const replaced = claim.frequency === "7" && !isMedicareFeeForService(context.payer) ? claim.originalReference : undefined;
  return claim.lines.flatMap((line, index): ClaimIssue[] => {
    const earlier = context.history.find(
      (prior) =>
        prior.payerClaimNumber !== replaced &&
        prior.serviceDate === line.serviceDate &&
        prior.lines.some((priorLine) => priorLine.code === line.code && [...priorLine.modifiers].sort().join() === [...line.modifiers].sort().join()),
    );
    if (!earlier) return [];
    return [
      {
        edit: "duplicate",
        line: index + 1,
        severity: "error",
        what: `${lineName(index, line)} repeats a service the payer already processed on claim ${earlier.payerClaimNumber}.`,
        why: isMedicareFeeForService(context.payer)
          ? "Medicare Part B does not take replacement claims: a processed claim is changed by a reopening or an appeal, and a resent claim is a duplicate."
          : "A second claim for the same service is a duplicate; a change to a processed claim is sent as a replacement (frequency 7) naming the original.",
        source: SOURCES.duplicate,
        fix: "Check the first claim's status. Correct it through the right channel instead of sending it again.",
        denial: { group: "OA", reason: "18", remarks: [] },
        appealable: false,
      },
    ];
  });
};

const eligibility: Rule = (claim, context) => {
  const member = context.member;
  if (!member) return [];
  if (claim.memberId.trim() && claim.memberId.trim() !== member.memberId)
    return [
      {
        edit: "eligibility",
        severity: "error",
        what: `The payer has no member with id ${claim.memberId}.`,
        why: "The payer matches the claim to a member by id, name and date of birth.",
        source: SOURCES.eligibility,
        fix: "Check the card and the eligibility response; correct the member id.",
        denial: { group: "CO", reason: "31", remarks: [] },
        appealable: false,
      },
    ];
  return claim.lines.flatMap((line, index): ClaimIssue[] => {
    const before = line.serviceDate < member.coverageStart;
    const after = member.coverageEnd !== undefined && line.serviceDate > member.coverageEnd;
    if (!before && !after) return [];
    return [
      {
        edit: "eligibility",
        line: index + 1,
        severity: "error",
        what: before
          ? `${lineName(index, line)}: coverage started on ${member.coverageStart}, after the date of service.`
          : `${lineName(index, line)}: coverage ended on ${member.coverageEnd}, before the date of service.`,
        why: "A plan pays only for services while the member is covered.",
        source: SOURCES.eligibility,
        fix: "Send it back to registration to verify coverage on the date of service and bill the plan in force (or the patient, if none).",
        denial: { group: "CO", reason: before ? "26" : "27", remarks: [] },
        appealable: false,
      },
    ];
  });
};

const coordinationOfBenefits: Rule = (claim, context) => {
  const primary = context.member?.primaryCoverage;
  if (!primary || claim.otherPayer?.paid !== undefined) return [];
  return [
    {
      edit: "coordination-of-benefits",
      severity: "error",
      what: `The payer's file shows ${primary.payerName} pays first (${primary.reason}), and the claim carries no primary payment.`,
      why: "A secondary plan pays only after the primary has processed the claim, using the primary's remittance.",
      source: SOURCES.cob,
      fix: "Confirm the coverage order with the patient (registration), bill the primary, then send this payer the claim with the primary's payment.",
      denial: { group: "CO", reason: "22", remarks: [isMedicareFeeForService(context.payer) ? "MA04" : "N479"] },
      appealable: false,
    },
  ];
};

const authorization: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    if (!coverageFor(context, line.code)?.requiresAuthorization) return [];
    const number = claim.priorAuthorization?.trim();
    if (number && !context.member) return [];
    const onFile = context.member?.authorizations.find(
      (auth) => auth.number === number && auth.codes.includes(line.code) && auth.from <= line.serviceDate && line.serviceDate <= auth.to,
    );
    if (number && onFile) return [];
    return [
      {
        edit: "authorization",
        line: index + 1,
        severity: "error",
        what: number
          ? `${lineName(index, line)}: authorization ${number} does not cover this service on this date.`
          : `${lineName(index, line)} needs prior authorization and box 23 is blank.`,
        why: "The plan pays for this service only when it approved it beforehand.",
        source: SOURCES.auth,
        fix: "Find the authorization number in the chart or the referral record and put it in box 23; without one, ask for a retro-authorization or appeal.",
        denial: number ? { group: "CO", reason: "15", remarks: ["M62"] } : { group: "CO", reason: "197", remarks: [] },
        appealable: true,
      },
    ];
  });

const ageSex: Rule = (claim, context) => {
  const issues: ClaimIssue[] = [];
  const sex = claim.patient.sex;
  claim.lines.forEach((line, index) => {
    const rule = ruleFor(context, line.code);
    const age = ageOn(claim.patient.birthDate, line.serviceDate);
    const base = { edit: "age-sex" as const, line: index + 1, severity: "error" as const, source: SOURCES.ageSex, appealable: false };
    if (rule?.sex && sex !== "U" && rule.sex !== sex)
      issues.push({
        ...base,
        what: `${lineName(index, line)} is for ${rule.sex === "F" ? "female" : "male"} patients; the patient is ${sex === "F" ? "female" : "male"}.`,
        why: "The code describes anatomy the patient does not have, as the payer has the patient's sex.",
        fix: "Check the chart and the registration record; correct whichever is wrong.",
        denial: { group: "CO", reason: "7", remarks: [] },
      });
    if (rule && ((rule.minAge !== undefined && age < rule.minAge) || (rule.maxAge !== undefined && age > rule.maxAge)))
      issues.push({
        ...base,
        what: `${lineName(index, line)} does not fit a patient aged ${age}.`,
        why: "The code is defined for another age group.",
        fix: "Check the date of birth and the code.",
        denial: { group: "CO", reason: "6", remarks: [] },
      });
    for (const code of pointedDiagnoses(claim, line)) {
      const diagnosisSexOf = diagnosisSex(code);
      if (diagnosisSexOf && sex !== "U" && diagnosisSexOf !== sex)
        issues.push({
          ...base,
          what: `${lineName(index, line)} points to ${code}, a ${diagnosisSexOf === "F" ? "female-only" : "male-only"} diagnosis, for a ${sex === "F" ? "female" : "male"} patient.`,
          why: "Some ICD-10-CM codes apply to one sex only (for example pregnancy codes).",
          fix: "Re-read the chart: correct the diagnosis, or the sex in registration.",
          denial: { group: "CO", reason: "10", remarks: [] },
        });
    }
  });
  return issues;
};

const modifiers: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    const rule = ruleFor(context, line.code);
    const problems: { what: string; fix: string }[] = [];
    const bilateral = has(line, "50");
    if (bilateral && has(line, "LT", "RT"))
      problems.push({ what: "carries 50 with LT or RT", fix: "Use 50 alone for both sides on one line, or LT/RT for one side." });
    else if (has(line, "LT") && has(line, "RT"))
      problems.push({ what: "carries both LT and RT", fix: "For both sides use 50 (one line, one unit) where the code allows it." });
    else if (rule?.sided && !has(line, "LT", "RT", "50"))
      problems.push({ what: "is done on one side of the body but names no side", fix: "Add RT or LT as the chart says (or 50 when both sides were done)." });
    if (bilateral && rule && rule.bilateral !== 1 && rule.bilateral !== 3)
      problems.push({
        what: `carries 50, but the code's bilateral indicator is ${rule.bilateral}`,
        fix: "Remove 50: for this code the bilateral concept does not apply or the code already means both sides.",
      });
    if (has(line, "59") && X_MODIFIERS.some((modifier) => has(line, modifier)))
      problems.push({
        what: "carries 59 and an X modifier together",
        fix: "Use the one X modifier (XE, XS, XP or XU) that describes why the service is distinct, without 59.",
      });
    if (isEvaluationAndManagement(line.code) && has(line, "59", ...X_MODIFIERS))
      problems.push({
        what: "is an E/M with 59 or an X modifier",
        fix: "A separately identifiable E/M takes 25 (or 57 for the decision for major surgery), never 59.",
      });
    if (!isEvaluationAndManagement(line.code) && has(line, "25", "57", "24"))
      problems.push({
        what: "carries 25, 57 or 24, which belong on E/M codes only",
        fix: "Remove it; for a distinct procedure use an X modifier or 59 if documented.",
      });
    if (has(line, "GA") && has(line, "GZ"))
      problems.push({ what: "carries both GA and GZ", fix: "GA means a valid ABN is on file; GZ means none is. Keep the one that is true." });
    return problems.map((problem) => ({
      edit: "modifier",
      line: index + 1,
      severity: "error",
      what: `${lineName(index, line)} ${problem.what}.`,
      why: "A modifier must fit the code and the service; a missing or conflicting one makes the line unpayable as billed.",
      source: SOURCES.modifier,
      fix: problem.fix,
      denial: { group: "CO", reason: "4", remarks: medicareRemarks(context) },
      appealable: false,
    }));
  });

const diagnosisConsistency: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    const consistent = coverageFor(context, line.code)?.consistentDiagnoses;
    const pointed = pointedDiagnoses(claim, line);
    if (!consistent || pointed.length === 0 || pointed.some((code) => matchesPrefix(code, consistent))) return [];
    return [
      {
        edit: "diagnosis-consistency",
        line: index + 1,
        severity: "error",
        what: `${lineName(index, line)} points to ${pointed.join(", ")}, which does not explain this procedure.`,
        why: "The diagnosis on a line must be the reason the service was done (body site and condition).",
        source: SOURCES.consistency,
        fix: "Point the line at the diagnosis the chart gives for this service, or code that diagnosis if it is missing.",
        denial: { group: "CO", reason: "11", remarks: medicareRemarks(context) },
        appealable: false,
      },
    ];
  });

const excludedService: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    if (!coverageFor(context, line.code)?.excluded) return [];
    const medicare = isMedicareFeeForService(context.payer);
    return [
      {
        edit: "excluded-service",
        line: index + 1,
        severity: "warning",
        what: `${lineName(index, line)} is a service this plan never covers.`,
        why: "A benefit exclusion is the patient's cost when the patient was told beforehand.",
        source: medicare ? "Social Security Act §1862(a) (statutory exclusions); GY/GX modifiers (CR 6563)" : "The plan's benefit document (exclusions)",
        fix: medicare
          ? "Add GY (statutorily excluded) so it denies promptly to the patient; a voluntary notice carries GX."
          : "Confirm the patient was told it is not covered; the plan will deny it to the patient.",
        denial: medicare ? { group: "PR", reason: "96", remarks: ["N425"] } : { group: "PR", reason: "204", remarks: ["N130"] },
        appealable: false,
      },
    ];
  });

const medicalNecessity: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    const rule = coverageFor(context, line.code);
    if (!rule || rule.excluded) return [];
    const pointed = pointedDiagnoses(claim, line);
    const notCovered = rule.coveredDiagnoses !== undefined && pointed.length > 0 && !pointed.some((code) => matchesPrefix(code, rule.coveredDiagnoses!));
    const underReview = rule.prepaymentReview === true;
    if (!notCovered && !underReview) return [];
    const medicare = context.payer.planType === "medicare-b" || context.payer.planType === "medicare-advantage";
    const policyRemark = medicare ? "N115" : "N130";
    const abn = has(line, "GA");
    const denial: Denial = abn
      ? { group: "PR", reason: "50", remarks: ["M38"] }
      : { group: "CO", reason: "50", remarks: medicareRemarks(context, policyRemark) };
    return [
      {
        edit: "medical-necessity",
        line: index + 1,
        severity: notCovered && !has(line, "GA", "GZ") ? "error" : "warning",
        what: notCovered
          ? `${lineName(index, line)}: the policy does not cover it for ${pointed.join(", ")}.`
          : `${lineName(index, line)}: the payer reviews records for this service before paying (prepayment review).`,
        why: notCovered
          ? "Payers pay only for services their coverage policy finds reasonable and necessary for the diagnosis."
          : "Under prepayment review the policy's documentation requirements must be met in the records the payer sees.",
        source: `${SOURCES.necessity}; ${SOURCES.abn}`,
        fix: notCovered
          ? abn
            ? "A valid ABN is on file (GA): if denied, the patient owes it."
            : has(line, "GZ")
              ? "GZ says no ABN was signed: a denial is the provider's loss."
              : "Check the diagnosis is coded fully and linked; if the service really is not covered, the patient needed an ABN (then GA) before the service."
          : "Make sure the records show what the policy requires; send them with an appeal if it denies.",
        denial,
        appealable: true,
      },
    ];
  });

/** Two lines on the same date that form an active NCCI pair: the column-2 line is the one denied. */
const ptp: Rule = (claim, context) => {
  const issues: ClaimIssue[] = [];
  claim.lines.forEach((column2, index2) => {
    claim.lines.forEach((column1, index1) => {
      if (index1 === index2 || column1.serviceDate !== column2.serviceDate) return;
      const edit = ptpEditFor(context.tables, column1.code, column2.code, column2.serviceDate);
      if (!edit || edit.column1 !== column1.code || edit.column2 !== column2.code || edit.indicator === 9) return;
      const bypassModifier = column2.modifiers.find((modifier) => PTP_BYPASS_MODIFIERS.has(modifier));
      const sideA = column1.modifiers.filter((modifier) => ANATOMIC_MODIFIERS.has(modifier));
      const sideB = column2.modifiers.filter((modifier) => ANATOMIC_MODIFIERS.has(modifier));
      const differentSites = sideA.length > 0 && sideB.length > 0 && !sideB.some((modifier) => sideA.includes(modifier));
      if (edit.indicator === 1 && (bypassModifier || differentSites)) return;
      const pair = `${column1.code}/${column2.code}`;
      issues.push({
        edit: "ptp",
        line: index2 + 1,
        severity: "error",
        what:
          edit.indicator === 0
            ? `${lineName(index2, column2)} is the column-2 code of NCCI pair ${pair} with modifier indicator 0: it is never paid with ${column1.code} on the same day.`
            : `${lineName(index2, column2)} is the column-2 code of NCCI pair ${pair} (indicator 1) and carries no modifier showing a distinct service.`,
        why: `${edit.rationale}. ${edit.indicator === 0 ? "Indicator 0 means no modifier can bypass the edit." : "Indicator 1 allows a modifier such as XS (separate structure), XE (separate encounter) or 59 on the column-2 line — only when the chart documents the distinct service."}`,
        source: `${SOURCES.ptp}; edit table: ${context.tables.source.label}`,
        fix:
          edit.indicator === 0
            ? `Do not bill ${column2.code} with ${column1.code}. It is not billable to the patient either: write it off.`
            : `If the chart documents a separate site, session or practitioner, add the matching modifier (XS, XE, XP, XU or 59) to line ${index2 + 1}; otherwise remove the line.`,
        denial: { group: "CO", reason: context.payer.ptpReason, remarks: medicareRemarks(context, "M15") },
        appealable: edit.indicator === 1,
      });
    });
  });
  return issues;
};

/** An E/M on the same day as a procedure with a global period needs 25 (0/10-day) or 57 (90-day, the decision for surgery). */
const emSameDay: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    if (!isEvaluationAndManagement(line.code)) return [];
    const procedures = claim.lines.filter(
      (other) => other !== line && other.serviceDate === line.serviceDate && (ruleFor(context, other.code)?.globalDays ?? null) !== null,
    );
    if (procedures.length === 0) return [];
    const major = procedures.some((other) => ruleFor(context, other.code)?.globalDays === 90);
    if (major ? has(line, "57", "25") : has(line, "25")) return [];
    return [
      {
        edit: "em-same-day",
        line: index + 1,
        severity: "error",
        what: `${lineName(index, line)} is a visit on the same day as procedure ${procedures.map((other) => other.code).join(", ")} and carries no ${major ? "57 or 25" : "25"}.`,
        why: major
          ? "The visit before a 90-day-global surgery is part of it, unless it is where the decision to operate was made (57) or a separate problem was treated (25)."
          : "A minor procedure includes the usual evaluation before it; a visit is paid only when it is significant and separately identifiable (25).",
        source: `${SOURCES.global}; CMS Transmittal R954CP (modifier 25)`,
        fix: major
          ? "If the note shows the decision for surgery was made at this visit, add 57; otherwise the visit is included."
          : "If the note shows a separately identifiable evaluation, add 25; otherwise remove the visit line.",
        denial: { group: "CO", reason: "97", remarks: medicareRemarks(context, "M15") },
        appealable: true,
      },
    ];
  });

/** A visit or procedure inside the global period of an earlier surgery needs 24 (unrelated E/M) or 58/78/79. */
const globalPeriod: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    for (const prior of context.history) {
      for (const priorLine of prior.lines) {
        const days = ruleFor(context, priorLine.code)?.globalDays;
        if (!days || prior.serviceDate === line.serviceDate) continue;
        const after = daysBetween(prior.serviceDate, line.serviceDate);
        const inside = after > 0 ? after <= days : days === 90 && after === -1;
        if (!inside) continue;
        const em = isEvaluationAndManagement(line.code);
        if (em ? has(line, "24", "57", "25") : has(line, "58", "78", "79")) continue;
        const ends = addDays(prior.serviceDate, days);
        return [
          {
            edit: "global-period",
            line: index + 1,
            severity: "error",
            what: `${lineName(index, line)} on ${line.serviceDate} falls inside the ${days}-day global period of ${priorLine.code} done on ${prior.serviceDate} (it ends ${ends}).`,
            why: em
              ? "Follow-up visits for the surgery, including treating complications without a return to the operating room, are part of the surgical package."
              : "A procedure in the global period is included unless it is staged or planned (58), a return to the OR for a complication (78) or unrelated (79).",
            source: SOURCES.global,
            fix: em
              ? "If the visit was for a problem unrelated to the surgery, add 24 and point to that diagnosis; if it was routine follow-up, it is not billable: write it off."
              : "Add 58, 78 or 79 only if the operative note supports it.",
            denial: { group: "CO", reason: "97", remarks: medicareRemarks(context, "M15") },
            appealable: true,
          },
        ];
      }
    }
    return [];
  });

const mue: Rule = (claim, context) => {
  const issues: ClaimIssue[] = [];
  claim.lines.forEach((line, index) => {
    const edit = context.tables.mue.get(line.code);
    if (!edit) return;
    // MAI 1 counts the line; MAI 2 and 3 add up every line of the code on the date, and every such line is denied.
    const sameDay = claim.lines.filter((other) => other.code === line.code && other.serviceDate === line.serviceDate);
    const units = edit.mai === 1 ? line.units : sameDay.reduce((total, other) => total + other.units, 0);
    if (units <= edit.value) return;
    issues.push({
      edit: "mue",
      line: index + 1,
      severity: "error",
      what: `${lineName(index, line)}: ${units} units ${edit.mai === 1 ? "on the line" : "on the date"} exceed the MUE of ${edit.value} (adjudication indicator ${edit.mai}).`,
      why:
        edit.mai === 1
          ? "MAI 1 counts units per line: extra units done at another site or session go on their own line with a modifier (such as 76, 91, XS or anatomic modifiers)."
          : edit.mai === 2
            ? "MAI 2 is a policy limit per day: no documentation can pay units above it, and an ABN cannot shift them to the patient."
            : "MAI 3 is a clinical limit per day: units above it are denied, and can be paid on appeal if the records show they were necessary.",
      source: `${SOURCES.mue}; edit table: ${context.tables.source.label}`,
      fix:
        edit.mai === 1
          ? "Check the chart: bill the units actually given, split across lines with the modifier that shows why."
          : edit.mai === 2
            ? "Bill no more than the MUE value; the excess is written off."
            : "Bill the units documented; if more were necessary, appeal with the records.",
      denial: { group: "CO", reason: "151", remarks: ["N362"] },
      appealable: edit.mai === 3,
    });
  });
  return issues;
};

const addOn: Rule = (claim, context) =>
  claim.lines.flatMap((line, index): ClaimIssue[] => {
    const primaries = ruleFor(context, line.code)?.addOnPrimaries;
    if (!primaries || claim.lines.some((other) => other.serviceDate === line.serviceDate && primaries.includes(other.code))) return [];
    return [
      {
        edit: "add-on",
        line: index + 1,
        severity: "error",
        what: `${lineName(index, line)} is an add-on code, and none of its primary codes (${primaries.join(", ")}) is on the claim for that date.`,
        why: "An add-on code describes extra work done with a primary procedure and is never paid alone.",
        source: SOURCES.addOn,
        fix: "Add the primary procedure the chart documents, or remove the add-on line.",
        denial: { group: "CO", reason: "107", remarks: ["N122"] },
        appealable: false,
      },
    ];
  });

/** The rules in the order a payer applies them (research notes §6): the first denial found on a line is the one sent. */
export const RULES: readonly { id: EditId; run: Rule }[] = [
  { id: "required-fields", run: requiredFields },
  { id: "code-validity", run: codeValidity },
  { id: "diagnosis-pointer", run: diagnosisPointers },
  { id: "timely-filing", run: timelyFiling },
  { id: "duplicate", run: duplicate },
  { id: "eligibility", run: eligibility },
  { id: "coordination-of-benefits", run: coordinationOfBenefits },
  { id: "authorization", run: authorization },
  { id: "age-sex", run: ageSex },
  { id: "modifier", run: modifiers },
  { id: "diagnosis-consistency", run: diagnosisConsistency },
  { id: "excluded-service", run: excludedService },
  { id: "medical-necessity", run: medicalNecessity },
  { id: "ptp", run: ptp },
  { id: "em-same-day", run: emSameDay },
  { id: "global-period", run: globalPeriod },
  { id: "mue", run: mue },
  { id: "add-on", run: addOn },
];

/** Every issue on the claim, in payer order. */
export function findClaimIssues(claim: Claim, context: ClaimContext, options: { skip?: ReadonlySet<EditId> } = {}): ClaimIssue[] {
  return RULES.filter((rule) => !options.skip?.has(rule.id)).flatMap((rule) => rule.run(claim, context));
}
