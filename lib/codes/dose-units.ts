// Billing units from a documented dose. HCPCS drug codes are billed per an amount named in the descriptor
// ("Injection, ketorolac tromethamine, per 15 mg"); supplies per square centimetre, per mile or each. The claim
// carries how many of those amounts were given: the dose divided by the descriptor's amount, and a part of a unit
// rounds up to the next whole unit (CMS Medicare Claims Processing Manual, chapter 17, on drug units: when the
// dose is not a multiple of the descriptor's amount, bill the next higher unit).

export type Dimension = "mass" | "volume" | "units" | "area" | "distance" | "count";

/** An amount in a canonical unit of its dimension: milligrams, millilitres, units (IU), square centimetres, miles, items. */
export type Quantity = { amount: number; dimension: Dimension; text: string };

/** What one billing unit of a code covers, as read from its descriptor. */
export type BillingUnit = { amount: number; dimension: Dimension; upTo: boolean; phrase: string };

export type UnitsFromDose = {
  units: number;
  /** True when the dose is a whole number of billing units; false when a part unit was rounded up. */
  exact: boolean;
  /** How the units were worked out, as a sentence: "30 mg ÷ 15 mg per unit = 2 units." */
  explanation: string;
};

type UnitWord = { dimension: Dimension; factor: number; label: string };

// Canonical: mg, ml, units, sq cm, miles, items. Longest spellings first so "mg" does not take "mcg".
const UNIT_WORDS: [RegExp, UnitWord][] = [
  [/^(?:million units?|million iu|mu)$/, { dimension: "units", factor: 1_000_000, label: "million units" }],
  [/^(?:mcg|micrograms?|µg|ug)$/, { dimension: "mass", factor: 0.001, label: "mcg" }],
  [/^(?:mg|milligrams?|mgs)$/, { dimension: "mass", factor: 1, label: "mg" }],
  [/^(?:g|gm|gms|grams?)$/, { dimension: "mass", factor: 1000, label: "g" }],
  [/^(?:ml|milliliters?|millilitres?|cc)$/, { dimension: "volume", factor: 1, label: "ml" }],
  [/^(?:l|liters?|litres?)$/, { dimension: "volume", factor: 1000, label: "l" }],
  [/^(?:units?|iu|i\.u\.|international units?)$/, { dimension: "units", factor: 1, label: "units" }],
  [/^(?:sq cm|square centimeters?|square centimetres?|cm2|square cenitmeter)$/, { dimension: "area", factor: 1, label: "sq cm" }],
  [/^(?:miles?|statute miles?)$/, { dimension: "distance", factor: 1, label: "miles" }],
];

function unitWord(text: string): UnitWord | undefined {
  const normalized = text.toLowerCase().replace(/\s+/g, " ").trim();
  return UNIT_WORDS.find(([pattern]) => pattern.test(normalized))?.[1];
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)`;
const UNIT = String.raw`(million units?|million iu|micrograms?|milligrams?|milliliters?|millilitres?|international units?|square centimet(?:er|re)s?|square cenitmeter|statute miles?|sq\.? cm|mcg|µg|ug|mgs?|gms?|grams?|g|ml|cc|liters?|litres?|l|units?|iu|i\.u\.|miles?|cm2|mu)`;
const DOSE_PATTERN = new RegExp(String.raw`(?:^|[\s,(])${NUMBER}\s*${UNIT}(?=$|[\s,.;)/])`, "i");

/**
 * The first dose written in free text ("ketorolac 30 mg IM" → 30 mg; "ceftriaxone 1 g"; "B12 1,000 mcg"), in its
 * dimension's canonical unit, with the text it was read from; null when the text names no dose.
 */
export function parseDose(text: string): Quantity | null {
  const match = DOSE_PATTERN.exec(text);
  if (!match) return null;
  const word = unitWord(match[2]!.replace(/^sq\.? cm$/i, "sq cm"));
  const value = Number(match[1]!.replace(/,/g, ""));
  if (!word || !Number.isFinite(value) || value <= 0) return null;
  return { amount: value * word.factor, dimension: word.dimension, text: match[0].trim().replace(/^[,(]\s*/, "") };
}

/** The text without its dose: "ketorolac 30 mg IM" → "ketorolac IM". */
export function withoutDose(text: string): string {
  const dose = parseDose(text);
  return dose ? text.replace(dose.text, " ").replace(/\s+/g, " ").trim() : text;
}

const PER_ITEM = /(?:^|,\s*)(each|per pair|per diem|per day|per month|per hour|per visit|per session)\s*$/i;
const BILLING_PATTERN = new RegExp(String.raw`(?:(per|up to)\s+)?(?:${NUMBER}\s*)?${UNIT}\b`, "gi");

/**
 * What one billing unit of a code covers, from its official descriptor: "…, per 15 mg" → 15 mg; "…, up to 50 mg" →
 * up to 50 mg; "…, 1 mg" → 1 mg; "…, per square centimeter" → 1 sq cm; "…, each" → 1 item. Null when the descriptor
 * names no amount (a code billed once, whatever the dose).
 */
export function parseBillingUnit(description: string): BillingUnit | null {
  const item = PER_ITEM.exec(description);
  if (item) return { amount: 1, dimension: "count", upTo: false, phrase: item[1]!.toLowerCase() };
  // The billing amount is the last amount of the descriptor's last comma-separated part that has one.
  const parts = description.split(/,\s/).reverse();
  for (const part of parts) {
    const matches = [...part.matchAll(BILLING_PATTERN)].filter((match) => match[2] !== undefined || /^per$/i.test(match[1] ?? ""));
    const match = matches.at(-1);
    if (!match) continue;
    const word = unitWord(match[3]!.replace(/^sq\.? cm$/i, "sq cm"));
    if (!word) continue;
    const value = match[2] === undefined ? 1 : Number(match[2].replace(/,/g, ""));
    if (!Number.isFinite(value) || value <= 0) continue;
    return { amount: value * word.factor, dimension: word.dimension, upTo: /^up to$/i.test(match[1] ?? ""), phrase: match[0].trim().toLowerCase() };
  }
  return null;
}

function formatAmount(amount: number, dimension: Dimension): string {
  const round = (value: number) => Number(value.toPrecision(6)).toLocaleString("en-US", { maximumFractionDigits: 4 });
  switch (dimension) {
    case "mass":
      if (amount < 1) return `${round(amount * 1000)} mcg`;
      if (amount >= 1000 && amount % 1000 === 0) return `${round(amount / 1000)} g`;
      return `${round(amount)} mg`;
    case "volume":
      return `${round(amount)} ml`;
    case "units":
      return amount >= 1_000_000 && amount % 100_000 === 0 ? `${round(amount / 1_000_000)} million units` : `${round(amount)} units`;
    case "area":
      return `${round(amount)} sq cm`;
    case "distance":
      return `${round(amount)} ${amount === 1 ? "mile" : "miles"}`;
    case "count":
      return `${round(amount)}`;
  }
}

/**
 * How many billing units a dose is for a code whose unit is `billing`: the dose divided by the unit's amount,
 * a part unit rounded up. Null when the dose cannot be expressed in the code's unit (mg against a code billed per ml).
 */
export function unitsFromDose(dose: Quantity, billing: BillingUnit): UnitsFromDose | null {
  if (dose.dimension !== billing.dimension) return null;
  const ratio = dose.amount / billing.amount;
  // Doses written as decimals (0.3 mg ÷ 0.1 mg) must not round 3.0000000004 up to 4.
  const nearest = Math.round(ratio);
  const whole = Math.abs(ratio - nearest) < 1e-9 ? nearest : Math.ceil(ratio);
  const units = Math.max(1, whole);
  const exact = Math.abs(ratio - units) < 1e-9;
  const doseText = formatAmount(dose.amount, dose.dimension);
  const unitText = formatAmount(billing.amount, billing.dimension);
  const plural = (count: number) => `${count} unit${count === 1 ? "" : "s"}`;
  let explanation: string;
  if (billing.upTo) {
    explanation = exact
      ? `Each unit covers up to ${unitText}: ${doseText} is ${plural(units)}.`
      : `Each unit covers up to ${unitText}: ${doseText} needs ${plural(units)} (a part unit counts as a whole one).`;
  } else if (exact) {
    explanation = `${doseText} ÷ ${unitText} per unit = ${plural(units)}.`;
  } else {
    const shown = Number(ratio.toFixed(2));
    explanation = `${doseText} ÷ ${unitText} per unit = ${shown}, rounded up to ${plural(units)}: a part unit is billed as the next whole unit.`;
  }
  return { units, exact, explanation };
}

/** Units for a code's descriptor and a dose written in free text; null when either has no usable amount. */
export function unitsForCode(description: string, doseText: string): (UnitsFromDose & { dose: string; perUnit: string }) | null {
  const dose = parseDose(doseText);
  const billing = parseBillingUnit(description);
  if (!dose || !billing) return null;
  const result = unitsFromDose(dose, billing);
  return (
    result && {
      ...result,
      dose: formatAmount(dose.amount, dose.dimension),
      perUnit: `${billing.upTo ? "up to " : ""}${formatAmount(billing.amount, billing.dimension)}`,
    }
  );
}
