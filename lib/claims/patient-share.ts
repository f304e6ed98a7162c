import { percentOf, type Cents } from "@/lib/claims/money";
import type { PlanBenefits } from "@/lib/claims/schemas";

/**
 * The patient's share of one allowed amount, and what is left of the year's deductible and out-of-pocket room.
 * Order (research notes §4.6): an office-visit copay (PR-3) applies instead of deductible and coinsurance; otherwise
 * the deductible (PR-1) first, then coinsurance (PR-2) on the rest. The patient's total is capped by the
 * out-of-pocket maximum. Medicare Part B 2026: deductible $283, then 20% coinsurance, no out-of-pocket cap
 * (CMS, "2026 Medicare Parts A & B Premiums and Deductibles"; 42 CFR 410.160 and 410.152).
 */
export type PatientShare = {
  deductible: Cents;
  coinsurance: Cents;
  copay: Cents;
  /** The payer's part before any sequestration. */
  payerPortion: Cents;
};

export type BenefitAccumulators = { deductibleMet: Cents; outOfPocketMet: Cents };

export function patientShare(
  allowed: Cents,
  benefits: PlanBenefits,
  accumulators: BenefitAccumulators,
  options: { officeVisit: boolean },
): { share: PatientShare; after: BenefitAccumulators } {
  if (!Number.isInteger(allowed) || allowed < 0) throw new Error("allowed must be a whole, non-negative number of cents");
  const oopRoom = benefits.outOfPocketMax === undefined ? Number.POSITIVE_INFINITY : Math.max(0, benefits.outOfPocketMax - accumulators.outOfPocketMet);
  let room = oopRoom;
  const take = (amount: Cents) => {
    const taken = Math.min(amount, room);
    room -= taken;
    return taken;
  };
  let deductible = 0;
  let coinsurance = 0;
  let copay = 0;
  if (options.officeVisit && benefits.officeVisitCopay > 0) {
    copay = take(Math.min(benefits.officeVisitCopay, allowed));
  } else {
    deductible = take(Math.min(allowed, Math.max(0, benefits.deductible - accumulators.deductibleMet)));
    coinsurance = take(percentOf(allowed - deductible, benefits.coinsurancePercent));
  }
  const patientTotal = deductible + coinsurance + copay;
  return {
    share: { deductible, coinsurance, copay, payerPortion: allowed - patientTotal },
    after: { deductibleMet: accumulators.deductibleMet + deductible, outOfPocketMet: accumulators.outOfPocketMet + patientTotal },
  };
}
