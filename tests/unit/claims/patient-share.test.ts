import { describe, expect, it } from "vitest";
import { patientShare } from "@/lib/claims/patient-share";
import { PlanBenefitsSchema } from "@/lib/claims/schemas";

const plan = (input: Parameters<typeof PlanBenefitsSchema.parse>[0]) => PlanBenefitsSchema.parse(input);
const MEDICARE_2026 = plan({ deductible: 283, coinsurancePercent: 20 });

describe("patient share", () => {
  it.each([
    // allowed, benefits, met, office visit → deductible, coinsurance, copay, payer
    ["Medicare, deductible not met, allowed below it", 10_000, MEDICARE_2026, { deductibleMet: 0, outOfPocketMet: 0 }, false, [10_000, 0, 0, 0]],
    ["Medicare, deductible partly met", 20_000, MEDICARE_2026, { deductibleMet: 20_000, outOfPocketMet: 20_000 }, false, [8_300, 2_340, 0, 9_360]],
    ["Medicare, deductible met: 20% coinsurance", 10_000, MEDICARE_2026, { deductibleMet: 28_300, outOfPocketMet: 28_300 }, false, [0, 2_000, 0, 8_000]],
    [
      "commercial copay for an office visit",
      11_250,
      plan({ deductible: 1000, coinsurancePercent: 20, officeVisitCopay: 30 }),
      { deductibleMet: 0, outOfPocketMet: 0 },
      true,
      [0, 0, 3_000, 8_250],
    ],
    [
      "copay larger than the allowed amount",
      2_000,
      plan({ deductible: 0, coinsurancePercent: 0, officeVisitCopay: 30 }),
      { deductibleMet: 0, outOfPocketMet: 0 },
      true,
      [0, 0, 2_000, 0],
    ],
    [
      "copay plan, not an office visit: deductible then coinsurance",
      50_000,
      plan({ deductible: 1000, coinsurancePercent: 20, officeVisitCopay: 30 }),
      { deductibleMet: 90_000, outOfPocketMet: 90_000 },
      false,
      [10_000, 8_000, 0, 32_000],
    ],
    [
      "out-of-pocket maximum caps the coinsurance",
      100_000,
      plan({ deductible: 500, coinsurancePercent: 30, outOfPocketMax: 2000 }),
      { deductibleMet: 50_000, outOfPocketMet: 190_000 },
      false,
      [0, 10_000, 0, 90_000],
    ],
    [
      "out-of-pocket maximum reached: the plan pays all",
      40_000,
      plan({ deductible: 500, coinsurancePercent: 30, outOfPocketMax: 2000 }),
      { deductibleMet: 50_000, outOfPocketMet: 200_000 },
      false,
      [0, 0, 0, 40_000],
    ],
    [
      "coinsurance rounds to the cent",
      3_333,
      plan({ deductible: 0, coinsurancePercent: 20 }),
      { deductibleMet: 0, outOfPocketMet: 0 },
      false,
      [0, 667, 0, 2_666],
    ],
  ] as const)("%s", (_name, allowed, benefits, met, officeVisit, [deductible, coinsurance, copay, payer]) => {
    const { share, after } = patientShare(allowed, benefits, met, { officeVisit });
    expect(share).toEqual({ deductible, coinsurance, copay, payerPortion: payer });
    expect(share.deductible + share.coinsurance + share.copay + share.payerPortion).toBe(allowed);
    expect(after.deductibleMet).toBe(met.deductibleMet + deductible);
    expect(after.outOfPocketMet).toBe(met.outOfPocketMet + deductible + coinsurance + copay);
  });

  it("refuses fractional cents", () => {
    expect(() => patientShare(10.5, MEDICARE_2026, { deductibleMet: 0, outOfPocketMet: 0 }, { officeVisit: false })).toThrow("whole");
  });
});
