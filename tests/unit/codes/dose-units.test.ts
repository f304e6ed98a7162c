import { describe, expect, it } from "vitest";
import { parseBillingUnit, parseDose, unitsForCode, unitsFromDose, withoutDose } from "@/lib/codes/dose-units";

describe("parseDose", () => {
  it("reads a dose in any common spelling, in the canonical unit of its kind", () => {
    expect(parseDose("ketorolac 30 mg")).toMatchObject({ amount: 30, dimension: "mass", text: "30 mg" });
    expect(parseDose("zofran 8mg IV")).toMatchObject({ amount: 8, dimension: "mass" });
    expect(parseDose("ceftriaxone 1 g")).toMatchObject({ amount: 1000, dimension: "mass" });
    expect(parseDose("B12 1,000 mcg")).toMatchObject({ amount: 1, dimension: "mass" });
    expect(parseDose("epinephrine 0.3 mg")).toMatchObject({ amount: 0.3 });
    expect(parseDose("heparin 5000 units")).toMatchObject({ amount: 5000, dimension: "units" });
    expect(parseDose("bicillin 2.4 million units")).toMatchObject({ amount: 2_400_000, dimension: "units" });
    expect(parseDose("saline 10 ml")).toMatchObject({ amount: 10, dimension: "volume" });
  });

  it("finds no dose in words, codes or bare numbers", () => {
    expect(parseDose("type 2 diabetes")).toBeNull();
    expect(parseDose("J1885")).toBeNull();
    expect(parseDose("stage 3 pressure ulcer")).toBeNull();
    expect(withoutDose("ketorolac 30 mg IM")).toBe("ketorolac IM");
  });
});

describe("parseBillingUnit", () => {
  it("reads the amount one unit covers from an official descriptor", () => {
    expect(parseBillingUnit("Injection, ketorolac tromethamine, per 15 mg")).toEqual({ amount: 15, dimension: "mass", upTo: false, phrase: "per 15 mg" });
    expect(parseBillingUnit("Injection, furosemide, up to 20 mg")).toMatchObject({ amount: 20, upTo: true });
    expect(parseBillingUnit("Injection, ondansetron hydrochloride, per 1 mg")).toMatchObject({ amount: 1 });
    expect(parseBillingUnit("Injection, epinephrine, 0.1 mg")).toMatchObject({ amount: 0.1, upTo: false });
    expect(parseBillingUnit("Injection, cyanocobalamin, up to 1000 mcg")).toMatchObject({ amount: 1, dimension: "mass", upTo: true });
    expect(parseBillingUnit("Injection, penicillin g benzathine, 100,000 units")).toMatchObject({ amount: 100_000, dimension: "units" });
    expect(parseBillingUnit("Injection, heparin sodium, per 1000 units")).toMatchObject({ amount: 1000, dimension: "units" });
    expect(parseBillingUnit("Ground mileage, per statute mile")).toMatchObject({ amount: 1, dimension: "distance" });
    expect(parseBillingUnit("Skin substitute, per square centimeter")).toMatchObject({ amount: 1, dimension: "area" });
    expect(parseBillingUnit("Cane, includes canes of all materials, adjustable or fixed, with tip")).toBeNull();
    expect(parseBillingUnit("Walker, folding, wheeled, adjustable or fixed height, each")).toMatchObject({ dimension: "count" });
  });
});

describe("unitsFromDose", () => {
  const ketorolac = parseBillingUnit("Injection, ketorolac tromethamine, per 15 mg")!;

  it("divides a dose that is a whole number of units", () => {
    expect(unitsFromDose(parseDose("30 mg")!, ketorolac)).toEqual({ units: 2, exact: true, explanation: "30 mg ÷ 15 mg per unit = 2 units." });
    expect(unitsFromDose(parseDose("15 mg")!, ketorolac)).toMatchObject({ units: 1, exact: true });
  });

  it("rounds a part unit up to the next whole unit and says so", () => {
    expect(unitsFromDose(parseDose("20 mg")!, ketorolac)).toEqual({
      units: 2,
      exact: false,
      explanation: "20 mg ÷ 15 mg per unit = 1.33, rounded up to 2 units: a part unit is billed as the next whole unit.",
    });
    expect(unitsFromDose(parseDose("10 mg")!, ketorolac)).toMatchObject({ units: 1, exact: false });
  });

  it("bills one unit per 'up to' amount or part of it", () => {
    const furosemide = parseBillingUnit("Injection, furosemide, up to 20 mg")!;
    expect(unitsFromDose(parseDose("40 mg")!, furosemide)).toMatchObject({
      units: 2,
      exact: true,
      explanation: "Each unit covers up to 20 mg: 40 mg is 2 units.",
    });
    expect(unitsFromDose(parseDose("10 mg")!, furosemide)).toMatchObject({ units: 1 });
    expect(unitsFromDose(parseDose("50 mg")!, furosemide)!.explanation).toMatch(/needs 3 units \(a part unit counts as a whole one\)/);
  });

  it("converts between mg, g and mcg, and does not round decimals the wrong way", () => {
    expect(unitsFromDose(parseDose("1 g")!, parseBillingUnit("Injection, ceftriaxone sodium, per 250 mg")!)).toMatchObject({ units: 4, exact: true });
    expect(unitsFromDose(parseDose("0.3 mg")!, parseBillingUnit("Injection, epinephrine, 0.1 mg")!)).toMatchObject({ units: 3, exact: true });
    expect(unitsFromDose(parseDose("100 mcg")!, parseBillingUnit("Injection, fentanyl citrate, 0.1 mg")!)).toMatchObject({ units: 1, exact: true });
    expect(unitsFromDose(parseDose("2.4 million units")!, parseBillingUnit("Injection, penicillin g benzathine, 100,000 units")!)).toMatchObject({ units: 24 });
  });

  it("refuses a dose that cannot be expressed in the code's unit", () => {
    expect(unitsFromDose(parseDose("5 ml")!, ketorolac)).toBeNull();
    expect(unitsForCode("Cane, includes canes of all materials", "30 mg")).toBeNull();
  });

  it("describes the result for a code and a dose written as text", () => {
    expect(unitsForCode("Injection, ketorolac tromethamine, per 15 mg", "ketorolac 30 mg")).toMatchObject({ units: 2, dose: "30 mg", perUnit: "15 mg" });
    expect(unitsForCode("Injection, furosemide, up to 20 mg", "40mg")).toMatchObject({ units: 2, perUnit: "up to 20 mg" });
  });
});
