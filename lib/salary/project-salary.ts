import type { Facts } from "@/lib/content/load-guide";
import type { Figure } from "@/lib/content/schemas";
import { monotoneCurve } from "@/lib/salary/monotone-curve";
import {
  KNOWN_CREDENTIALS,
  SALARY_SETTINGS,
  US_STATE_CODES,
  type CareerPath,
  type ExperienceBand,
  type ProjectSalaryOptions,
  type SalaryFactor,
  type SalaryFactors,
  type SalaryProfile,
  type SalaryProjection,
  type SalaryRange,
  type SalarySource,
  type SalaryYear,
} from "@/lib/salary/types";

// The model is described for learners in content/salary/model.md; keep the two in step.

export const DEFAULT_HORIZON_YEARS = 25;
export const MAX_HORIZON_YEARS = 50;

// Figure keys the model reads (content/facts/figures.yaml).
const AAPC_CERTIFIED = "aapc.avg_certified";
const AAPC_UNCERTIFIED = "aapc.avg_uncertified";
const AAPC_TWO_CREDENTIALS = "aapc.avg_two_credentials";
const AAPC_THREE_PLUS_CREDENTIALS = "aapc.avg_three_plus_credentials";
const CPC_PAYSCALE = "credential.cpc.payscale_avg_annual";
const CPC_APPRENTICE_YEARS = "credential.cpc_a.apprentice_years";
// BLS national mean first: state, metro and setting figures are means. Only the median is in the facts
// file today, so the median stands in (see the assumption note and model.md).
const NATIONAL_REFERENCE_KEYS = ["bls.mean_annual", "bls.median_annual"] as const;
const EXPERIENCE_BANDS: ExperienceBand[] = ["entry", "mid", "senior", "expert"];

const usd = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;
const years = (value: number) => {
  const rounded = Number(value.toFixed(1));
  return `${rounded} ${rounded === 1 ? "year" : "years"}`;
};
const dedupe = (items: string[]) => [...new Set(items)];
const factKey = (slug: string) => slug.trim().toLowerCase().replace(/-/g, "_");

/** Reads figures and remembers every key it read, so the sources list names exactly what was used. */
class FigureReader {
  readonly used = new Set<string>();
  constructor(readonly facts: Facts) {}

  find(key: string): Figure | undefined {
    const figure = this.facts.figures.get(key);
    if (figure) this.used.add(key);
    return figure;
  }

  value(key: string): number {
    const value = this.find(key)?.value;
    if (value === undefined) throw new Error(`Salary model: content/facts/figures.yaml has no value for ${key}`);
    return value;
  }

  range(key: string): { low: number; high: number } {
    const figure = this.find(key);
    if (figure?.low === undefined || figure.high === undefined) throw new Error(`Salary model: content/facts/figures.yaml has no low/high for ${key}`);
    return { low: figure.low, high: figure.high };
  }

  sources(): SalarySource[] {
    return [...this.used].map((figureKey) => {
      const figure = this.facts.figures.get(figureKey)!;
      const source = this.facts.sources.get(figure.source);
      return { figureKey, label: figure.label, sourceId: figure.source, publisher: source?.publisher ?? figure.source, year: figure.year };
    });
  }
}

type Band = { band: ExperienceBand; fromYears: number; midYears: number; low: number; high: number; keys: string[] };

type ExperienceModel = {
  bands: Band[];
  typical: (experience: number) => number;
  low: (experience: number) => number;
  high: (experience: number) => number;
  referenceYears: number;
};

function experienceModel(read: FigureReader): ExperienceModel {
  const spans = { entry: read.range("experience.entry_years"), mid: read.range("experience.mid_years"), senior: read.range("experience.senior_years") };
  // The source gives the expert band as "20+"; assume it spans as many years as the senior band.
  const expertFrom = read.value("experience.expert_years");
  const expertSpan = spans.senior.high - spans.senior.low;
  const yearSpans = { ...spans, expert: { low: expertFrom, high: expertFrom + expertSpan } };
  const bands = EXPERIENCE_BANDS.map((band): Band => {
    const pay = read.range(`experience.${band}`);
    const span = yearSpans[band];
    return {
      band,
      fromYears: span.low,
      midYears: (span.low + span.high) / 2,
      ...pay,
      keys: [`experience.${band}`, band === "expert" ? "experience.expert_years" : `experience.${band}_years`],
    };
  });
  const typical = monotoneCurve(bands.map((band) => ({ x: band.midYears, y: (band.low + band.high) / 2 })));
  const lowCurve = monotoneCurve(bands.map((band) => ({ x: band.midYears, y: band.low })));
  const highCurve = monotoneCurve(bands.map((band) => ({ x: band.midYears, y: band.high })));

  // The reference experience: where the experience curve meets the AAPC certified average.
  const target = read.value(AAPC_CERTIFIED);
  let lo = bands[0]!.midYears;
  let hi = bands[bands.length - 1]!.midYears;
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    if (typical(mid) < target) lo = mid;
    else hi = mid;
  }
  return {
    bands,
    typical,
    // min/max keep low ≤ typical ≤ high and stay non-decreasing (min and max of non-decreasing curves are).
    low: (experience) => Math.min(lowCurve(experience), typical(experience)),
    high: (experience) => Math.max(highCurve(experience), typical(experience)),
    referenceYears: hi,
  };
}

function bandFor(bands: Band[], experience: number): Band {
  return [...bands].reverse().find((band) => experience >= band.fromYears) ?? bands[0]!;
}

function credentialFactor(credentials: unknown, read: FigureReader, notes: string[]): SalaryFactor {
  const given = Array.isArray(credentials) ? credentials.filter((item): item is string => typeof item === "string") : [];
  const codes = dedupe(given.map((code) => code.trim().toLowerCase()).filter(Boolean));
  const known = codes.filter((code) => (KNOWN_CREDENTIALS as readonly string[]).includes(code));
  for (const code of codes.filter((code) => !known.includes(code))) {
    notes.push(`Credential "${code}" is not one the model knows (${KNOWN_CREDENTIALS.join(", ")}); it was ignored.`);
  }
  const certified = read.value(AAPC_CERTIFIED);
  const uncertifiedRatio = read.value(AAPC_UNCERTIFIED) / certified;
  if (known.length === 0) {
    return {
      factor: uncertifiedRatio,
      label: "No credential",
      explanation: `AAPC average without a credential (${usd(certified * uncertifiedRatio)}) ÷ AAPC average with at least one (${usd(certified)}).`,
      figureKeys: [AAPC_UNCERTIFIED, AAPC_CERTIFIED],
    };
  }

  const keys = [AAPC_CERTIFIED];
  const ratios = known.map((code) => {
    const key = `credential.${factKey(code)}.avg_annual`;
    const figure = read.find(key);
    if (figure?.value === undefined) {
      notes.push(`${code.toUpperCase()} has no salary figure in the facts file; it counts as a credential at the AAPC "at least one credential" average.`);
      return { code, ratio: 1, explanation: `No salary figure for ${code.toUpperCase()}: the AAPC average with at least one credential (factor 1).` };
    }
    keys.push(key);
    // Compare a credential with the CPC figure from the same survey, so survey differences cancel out.
    let reference = certified;
    if (figure.source !== read.facts.figures.get(AAPC_CERTIFIED)?.source) {
      const payscaleCpc = read.find(CPC_PAYSCALE);
      if (payscaleCpc?.value && payscaleCpc.source === figure.source) {
        reference = payscaleCpc.value;
        keys.push(CPC_PAYSCALE);
      } else {
        notes.push(`${code.toUpperCase()}'s figure comes from a different survey than the AAPC average it is compared with.`);
      }
    }
    // Holding any credential is never worth less than holding none.
    const explanation =
      code === "cpc" && reference === certified
        ? "The CPC is the reference credential: the AAPC average with at least one credential (factor 1)."
        : `${code.toUpperCase()} average (${usd(figure.value)}) ÷ the same survey's CPC average (${usd(reference)}).`;
    return { code, ratio: Math.max(figure.value / reference, uncertifiedRatio), explanation };
  });
  const best = ratios.reduce((top, item) => (item.ratio > top.ratio ? item : top));
  if (known.length === 1) {
    return {
      factor: best.ratio,
      label: `One credential (${best.code.toUpperCase()})`,
      explanation: best.explanation,
      figureKeys: dedupe(keys),
    };
  }
  const countKey = known.length === 2 ? AAPC_TWO_CREDENTIALS : AAPC_THREE_PLUS_CREDENTIALS;
  const countRatio = read.value(countKey) / certified;
  keys.push(countKey);
  const useCount = countRatio >= best.ratio;
  return {
    factor: Math.max(countRatio, best.ratio),
    label: `${known.length} credentials`,
    explanation: useCount
      ? `AAPC average with ${known.length === 2 ? "two credentials" : "three or more credentials"} ÷ AAPC average with one.`
      : `${best.code.toUpperCase()} on its own is worth more than the AAPC average for ${known.length} credentials, so its figure is used.`,
    figureKeys: dedupe(keys),
  };
}

function nationalReference(read: FigureReader, notes: string[]): { key: string; value: number } {
  for (const key of NATIONAL_REFERENCE_KEYS) {
    const value = read.find(key)?.value;
    if (value === undefined) continue;
    if (key === "bls.median_annual") {
      notes.push(
        `State, metro and setting figures are BLS means, compared here with the BLS national median (${usd(value)}) because the facts file has no national mean; means usually sit above medians, so these factors read a little high.`,
      );
    }
    return { key, value };
  }
  throw new Error(`Salary model: content/facts/figures.yaml has none of ${NATIONAL_REFERENCE_KEYS.join(", ")}`);
}

const NO_EFFECT = (label: string, explanation: string): SalaryFactor => ({ factor: 1, label, explanation, figureKeys: [] });

function locationFactor(profile: SalaryProfile, read: FigureReader, notes: string[]): SalaryFactor {
  const metro = typeof profile.metro === "string" ? profile.metro.trim().toLowerCase() : "";
  const state = typeof profile.state === "string" ? profile.state.trim().toLowerCase() : "";
  const areaFactor = (key: string, label: string): SalaryFactor => {
    const area = read.value(key);
    const national = nationalReference(read, notes);
    return {
      factor: area / national.value,
      label,
      explanation: `${label} mean (${usd(area)}) ÷ national reference (${usd(national.value)}).`,
      figureKeys: [key, national.key],
    };
  };
  if (metro) {
    const key = `metro.${factKey(metro)}.mean_annual`;
    const figure = read.find(key);
    if (figure) return areaFactor(key, figure.label);
    notes.push(`No figure for the metro area "${metro}"; ${state ? "the state" : "the national reference"} is used instead.`);
  }
  if (state) {
    if (!(US_STATE_CODES as readonly string[]).includes(state)) {
      notes.push(`"${state}" is not a two-letter state code; national pay is used.`);
      return NO_EFFECT("National", "No recognised state, so national pay is used.");
    }
    const key = `state.${state}.mean_annual`;
    const figure = read.find(key);
    if (figure) return areaFactor(key, figure.label);
    notes.push(`The facts file has no figure for ${state.toUpperCase()}; national pay is used, which may overstate pay in lower-wage states.`);
    return NO_EFFECT(state.toUpperCase(), "No figure for this state, so national pay is used.");
  }
  return NO_EFFECT("National", "No state or metro area chosen, so national pay is used.");
}

function settingFactor(profile: SalaryProfile, read: FigureReader, notes: string[]): SalaryFactor {
  const setting = typeof profile.setting === "string" ? profile.setting.trim().toLowerCase() : "";
  if (!setting) return NO_EFFECT("Any setting", "No work setting chosen, so no setting adjustment.");
  const key = `setting.${factKey(setting)}.mean_annual`;
  const figure = read.find(key);
  if (!figure?.value) {
    notes.push(`No figure for the work setting "${setting}" (known: ${SALARY_SETTINGS.join(", ")}); no setting adjustment was made.`);
    return NO_EFFECT("Any setting", "No figure for this setting, so no setting adjustment.");
  }
  const national = nationalReference(read, notes);
  return {
    factor: figure.value / national.value,
    label: figure.label,
    explanation: `${figure.label} mean (${usd(figure.value)}) ÷ national reference (${usd(national.value)}).`,
    figureKeys: [key, national.key],
  };
}

function remoteFactor(profile: SalaryProfile, notes: string[]): SalaryFactor {
  if (profile.remote !== true) return NO_EFFECT("On site", "No remote adjustment.");
  notes.push(
    "Remote: the career guide says many employers now set remote pay by the worker's local market and gives no remote premium or discount, so remote work changes nothing here; choose the state you live in.",
  );
  return NO_EFFECT("Remote", "Location-based pay: no separate figure, so no adjustment; the location factor uses where you live.");
}

function cleanExperience(value: unknown, notes: string[]): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  notes.push(`Years of experience "${String(value)}" is not a number of years from 0 up; 0 was used.`);
  return 0;
}

function generalNotes(model: ExperienceModel, read: FigureReader, experience: number): string[] {
  const [first, , , last] = model.bands;
  const notes = [
    `Base pay follows the experience table, joined smoothly between band midpoints (${model.bands.map((band) => band.midYears).join(", ")} years); the open-ended top band is assumed to span ${last!.fromYears}–${last!.midYears * 2 - last!.fromYears} years.`,
    `Reference profile: national, no work setting, one credential (CPC), about ${years(model.referenceYears)} of experience, where the experience curve meets the AAPC certified average (${usd(read.value(AAPC_CERTIFIED))}).`,
  ];
  if (experience < first!.midYears) notes.push(`Before ${years(first!.midYears)} of experience pay is held at the entry-level midpoint.`);
  if (experience > last!.midYears) notes.push(`Beyond ${years(last!.midYears)} of experience pay is held level: the data gives no further growth.`);
  return notes;
}

type Computed = { factors: Omit<SalaryFactors, "sources" | "assumptions">; notes: string[] };

function computeFactors(profile: SalaryProfile, experience: number, model: ExperienceModel, read: FigureReader): Computed {
  const notes = generalNotes(model, read, experience);
  const credential = credentialFactor(profile.credentials, read, notes);
  const location = locationFactor(profile, read, notes);
  const setting = settingFactor(profile, read, notes);
  const remote = remoteFactor(profile, notes);
  if (location.factor !== 1 && setting.factor !== 1) {
    notes.push("Location and setting factors are multiplied as if independent; the BLS figures do not cross the two.");
  }
  const hasCpc = Array.isArray(profile.credentials) && profile.credentials.some((code) => typeof code === "string" && code.trim().toLowerCase() === "cpc");
  if (hasCpc && read.facts.figures.has(CPC_APPRENTICE_YEARS) && experience < read.value(CPC_APPRENTICE_YEARS)) {
    notes.push(`A new CPC is a CPC-A (apprentice) until about ${read.value(CPC_APPRENTICE_YEARS)} years of experience; the guide gives no figure for the raise when the "-A" comes off, so the experience curve alone carries it.`);
  }
  const band = bandFor(model.bands, experience);
  const base = { low: model.low(experience), typical: model.typical(experience), high: model.high(experience) };
  const combinedFactor = credential.factor * location.factor * setting.factor * remote.factor;
  const salary: SalaryRange = {
    low: Math.max(1, Math.round(base.low * combinedFactor)),
    typical: Math.max(1, Math.round(base.typical * combinedFactor)),
    high: Math.max(1, Math.round(base.high * combinedFactor)),
  };
  return {
    factors: {
      yearsOfExperience: experience,
      referenceExperienceYears: model.referenceYears,
      base: { low: Math.round(base.low), typical: Math.round(base.typical), high: Math.round(base.high), band: band.band, figureKeys: band.keys },
      credential,
      location,
      setting,
      remote,
      combinedFactor,
      salary,
    },
    notes,
  };
}

/** The experience (in years) at which the reference CPC profile earns exactly the AAPC certified average. */
export function referenceExperienceYears(facts: Facts): number {
  return experienceModel(new FigureReader(facts)).referenceYears;
}

/** The transparent breakdown behind one year's figure: base by experience, then each multiplier. */
export function salaryFactors(profile: SalaryProfile, facts: Facts): SalaryFactors {
  const read = new FigureReader(facts);
  const model = experienceModel(read);
  const inputNotes: string[] = [];
  const experience = cleanExperience(profile.yearsOfExperience, inputNotes);
  const { factors, notes } = computeFactors(profile, experience, model, read);
  return { ...factors, sources: read.sources(), assumptions: dedupe([...inputNotes, ...notes]) };
}

function isCareerPath(input: SalaryProfile | CareerPath): input is CareerPath {
  return typeof input === "object" && input !== null && "profile" in input && "events" in input;
}

/** Projects low/typical/high pay, in whole dollars, for this year (0) and each year up to the horizon. */
export function projectSalary(input: SalaryProfile | CareerPath, facts: Facts, options: ProjectSalaryOptions = {}): SalaryProjection {
  const read = new FigureReader(facts);
  const model = experienceModel(read);
  const notes: string[] = [];
  const path: CareerPath = isCareerPath(input) ? input : { profile: input, events: [] };
  const requested = options.horizonYears ?? DEFAULT_HORIZON_YEARS;
  const horizon = Number.isFinite(requested) ? Math.min(MAX_HORIZON_YEARS, Math.max(0, Math.round(requested))) : DEFAULT_HORIZON_YEARS;
  const startExperience = cleanExperience(path.profile.yearsOfExperience, notes);
  const events = (Array.isArray(path.events) ? path.events : [])
    .filter((event) => typeof event?.year === "number" && Number.isFinite(event.year))
    .map((event) => ({ ...event, year: Math.max(0, Math.ceil(event.year)) }))
    .sort((a, b) => a.year - b.year);
  const late = events.filter((event) => event.year > horizon);
  if (late.length) notes.push(`${late.length} career event(s) after year ${horizon} fall outside the projection and were left out.`);

  const result: SalaryYear[] = [];
  for (let year = 0; year <= horizon; year += 1) {
    const profile: SalaryProfile = { ...path.profile, credentials: [...(Array.isArray(path.profile.credentials) ? path.profile.credentials : [])] };
    for (const event of events.filter((item) => item.year <= year)) {
      if (event.addCredential) profile.credentials.push(event.addCredential);
      if (event.setting !== undefined) profile.setting = event.setting;
      if (event.state !== undefined) profile.state = event.state;
      if (event.metro !== undefined) profile.metro = event.metro;
      if (event.remote !== undefined) profile.remote = event.remote;
    }
    const { factors, notes: yearNotes } = computeFactors(profile, startExperience + year, model, read);
    notes.push(...yearNotes);
    result.push({ year, ...factors.salary });
  }
  return { years: result, sources: read.sources(), assumptions: dedupe(notes) };
}
