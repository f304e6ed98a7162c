import { isMedicareFeeForService } from "@/lib/claims/deadlines";
import type { IsoDate } from "@/lib/claims/dates";
import { percentOf, sum, type Cents } from "@/lib/claims/money";
import { patientShare, type BenefitAccumulators } from "@/lib/claims/patient-share";
import { patientResponsibilityOf, type RemitAdjustment, type RemitLine, type Remittance } from "@/lib/claims/remittance";
import { findClaimIssues, type ClaimContext, type ClaimIssue, type EditId } from "@/lib/claims/rules";
import type { Claim, ClaimLine, MemberFile } from "@/lib/claims/schemas";
import { isOfficeVisit, type CodeRule } from "@/lib/claims/tables";

/** A denial the payer's reviewer lifted on appeal: the line is priced as if that rule had not fired. */
export type Waiver = { line: number; edit: EditId };

export type PayerContext = Omit<ClaimContext, "member" | "asOf"> & {
  member: MemberFile;
  noticeDate: IsoDate;
  /** The payer's claim control number for this adjudication (CLP07). */
  payerClaimNumber: string;
  waivers?: readonly Waiver[];
  /** A Medicare reopening of this processed claim: it is changed in place, not compared with itself as a duplicate. */
  reopens?: string;
  /** A payer that loaded the wrong rate: the per-unit amount it allows for these codes instead of its contract. */
  misloadedFees?: Readonly<Record<string, Cents>>;
};

/** The fee-schedule amount for a line before the multiple-procedure reduction: fee × payer % × units, or the bilateral rate. */
export function scheduledAmount(line: Pick<ClaimLine, "modifiers" | "units">, rule: CodeRule, feePercent: number): Cents {
  const fee = percentOf(rule.fee, feePercent);
  if (line.modifiers.includes("50")) return rule.bilateral === 1 ? percentOf(fee, 150) : rule.bilateral === 3 ? fee * 2 : fee;
  return fee * line.units;
}

/**
 * The simulated payer: adjudicates a claim deterministically (research notes §6), front-end checks first, then
 * filing limit, duplicates, eligibility, COB, authorization, code and policy edits, NCCI, and last pricing
 * (fee schedule, multiple-procedure reduction, CO-45, deductible PR-1, coinsurance PR-2, copay PR-3, sequestration
 * CO-253). The result balances at line and claim level (see balanceProblems).
 */
export function adjudicate(claim: Claim, context: PayerContext): Remittance {
  const history = context.reopens ? context.member.history.filter((prior) => prior.payerClaimNumber !== context.reopens) : context.member.history;
  const claimContext: ClaimContext = { ...context, history, asOf: claim.receivedOn };
  const waived = (issue: ClaimIssue) => context.waivers?.some((waiver) => waiver.line === issue.line && waiver.edit === issue.edit) ?? false;
  const issues = findClaimIssues(claim, claimContext).filter((issue) => !waived(issue));
  const claimRemarks = new Set<string>();
  const takeRemarks = (remarks: readonly string[]) =>
    remarks.filter((remark) => (remark === "MA130" || remark === "MA01" ? (claimRemarks.add(remark), false) : true));

  const base = { claimNumber: claim.claimNumber, payerClaimNumber: context.payerClaimNumber, payerId: context.payer.id, noticeDate: context.noticeDate };

  if (issues.some((issue) => issue.unprocessable)) {
    const front = issues.filter((issue) => issue.unprocessable);
    for (const issue of front.filter((issue) => issue.line === undefined)) takeRemarks(issue.denial.remarks).forEach((remark) => claimRemarks.add(remark));
    const lines: RemitLine[] = claim.lines.map((line, index) => {
      const own = front.filter((issue) => issue.line === index + 1);
      return {
        ...lineBase(line, index),
        allowed: 0,
        paid: 0,
        adjustments: [{ group: "CO", reason: "16", amount: line.charge }],
        remarks: [...new Set(own.flatMap((issue) => takeRemarks(issue.denial.remarks)))],
        deniedBy: own[0]?.edit ?? front[0]!.edit,
      };
    });
    if (isMedicareFeeForService(context.payer)) claimRemarks.add("MA130");
    claimRemarks.delete("MA01");
    return finish({ ...base, lines, remarks: [...claimRemarks], appealable: false, statusCode: "4" }, true);
  }

  const denialFor = (index: number) => issues.find((issue) => issue.line === index + 1 || issue.line === undefined);
  const rules = claim.lines.map((line) => context.tables.codes.get(line.code));
  const denied = claim.lines.map((_, index) => denialFor(index));

  // Multiple-procedure reduction: among the paid lines of a date subject to it, the highest-valued is paid at 100%, the rest at 50%.
  const reduced = new Set<number>();
  const byDate = new Map<string, number[]>();
  claim.lines.forEach((line, index) => {
    if (denied[index] || !rules[index]?.multipleProcedure) return;
    byDate.set(line.serviceDate, [...(byDate.get(line.serviceDate) ?? []), index]);
  });
  for (const indexes of byDate.values()) {
    const ranked = [...indexes].sort(
      (a, b) =>
        scheduledAmount(claim.lines[b]!, rules[b]!, context.payer.feePercent) - scheduledAmount(claim.lines[a]!, rules[a]!, context.payer.feePercent) || a - b,
    );
    ranked.slice(1).forEach((index) => reduced.add(index));
  }

  let accumulators: BenefitAccumulators = { deductibleMet: context.member.deductibleMet, outOfPocketMet: context.member.outOfPocketMet };
  const lines: RemitLine[] = claim.lines.map((line, index) => {
    const issue = denied[index];
    if (issue) {
      return {
        ...lineBase(line, index),
        allowed: 0,
        paid: 0,
        adjustments: [{ group: issue.denial.group, reason: issue.denial.reason, amount: line.charge }],
        remarks: takeRemarks(issue.denial.remarks),
        deniedBy: issue.edit,
      };
    }
    const rule = rules[index];
    if (!rule) {
      // A code the payer has no price for: not payable as billed.
      return {
        ...lineBase(line, index),
        allowed: 0,
        paid: 0,
        adjustments: [{ group: "CO", reason: "16", amount: line.charge }],
        remarks: ["M51"],
        deniedBy: "code-validity",
      };
    }
    const misloaded = context.misloadedFees?.[line.code];
    const scheduled = misloaded !== undefined ? misloaded * line.units : scheduledAmount(line, rule, context.payer.feePercent);
    const allowed = Math.min(line.charge, reduced.has(index) ? percentOf(scheduled, 50) : scheduled);
    const { share, after } = patientShare(allowed, context.member.benefits, accumulators, { officeVisit: isOfficeVisit(line.code) });
    accumulators = after;
    const sequestration = percentOf(share.payerPortion, context.payer.sequestrationPercent);
    const adjustments: RemitAdjustment[] = [
      { group: "CO", reason: "45", amount: line.charge - allowed },
      { group: "PR", reason: "1", amount: share.deductible },
      { group: "PR", reason: "2", amount: share.coinsurance },
      { group: "PR", reason: "3", amount: share.copay },
      { group: "CO", reason: "253", amount: sequestration },
    ];
    return {
      ...lineBase(line, index),
      allowed,
      paid: share.payerPortion - sequestration,
      adjustments: adjustments.filter((adjustment) => adjustment.amount !== 0),
      remarks: [],
    };
  });
  const medicare = isMedicareFeeForService(context.payer);
  const medicareLate = medicare && lines.some((line) => line.deniedBy === "timely-filing");
  // Medicare states the appeal rights once per claim (MA01) on any denial that carries them.
  if (medicare && !medicareLate && lines.some((line) => line.deniedBy !== undefined && line.adjustments[0]?.group === "CO")) claimRemarks.add("MA01");
  if (medicareLate) claimRemarks.delete("MA01");
  const allDenied = lines.every((line) => line.deniedBy !== undefined);
  return finish({
    ...base,
    lines,
    remarks: [...claimRemarks],
    appealable: !medicareLate,
    statusCode: allDenied ? "4" : claim.otherPayer?.paid !== undefined ? "2" : "1",
  });
}

function lineBase(line: ClaimLine, index: number) {
  return { line: index + 1, serviceDate: line.serviceDate, code: line.code, modifiers: [...line.modifiers], units: line.units, billed: line.charge };
}

function finish(
  parts: Omit<Remittance, "status" | "claimStatusCode" | "billed" | "allowed" | "paid" | "patientResponsibility"> & {
    statusCode: Remittance["claimStatusCode"];
  },
  unprocessable = false,
): Remittance {
  const { statusCode, ...rest } = parts;
  const deniedLines = rest.lines.filter((line) => line.deniedBy !== undefined).length;
  const status: Remittance["status"] = unprocessable ? "rejected" : deniedLines === 0 ? "paid" : deniedLines === rest.lines.length ? "denied" : "partly-paid";
  return {
    ...rest,
    status,
    claimStatusCode: statusCode,
    billed: sum(rest.lines.map((line) => line.billed)),
    allowed: sum(rest.lines.map((line) => line.allowed)),
    paid: sum(rest.lines.map((line) => line.paid)),
    patientResponsibility: sum(rest.lines.map(patientResponsibilityOf)),
  };
}
