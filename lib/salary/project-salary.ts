import type { Facts } from "@/lib/content/load-guide";
import type { Figure } from "@/lib/content/schemas";
import { profileInYear } from "@/lib/salary/career-path";
import { monotoneCurve } from "@/lib/salary/monotone-curve";
import type {
  CareerPath,
  CareerRole,
  CredentialCode,
  ExperienceBand,
  ProjectSalaryOptions,
  SalaryFactor,
  SalaryFactors,
  SalaryNote,
  SalaryProfile,
  SalaryProjection,
  SalaryRange,
  SalarySource,
  SalaryYear,
} from "@/lib/salary/types";

// The model is described for learners in content/salary/model.md; keep the two in step.
//
// typical pay = frontline base(experience) × credential × setting (overlap counted once), kept inside the
//               guide's band for that experience, × location; never below the BLS 10th percentile with a credential.
// A career move (auditor, CDI, manager) replaces frontline pay by that role's published pay × setting × location,
// from 10 years of experience, and never lowers pay.

export const DEFAULT_HORIZON_YEARS = 25;
export const MAX_HORIZON_YEARS = 50;

// Figure keys the model reads (content/facts/figures.yaml).
const KEYS = {
  nationalMean: "bls.mean_annual",
  nationalMedian: "bls.median_annual",
  p10: "bls.bottom10_annual",
  p90: "bls.top10_annual",
  aapcCertified: "aapc.avg_certified",
  payscaleCpc: "credential.cpc.payscale_avg_annual",
  entryUncertified: "experience.entry_uncertified",
  specialtyPremium: "credential.specialty_premium",
  apprenticeYears: "credential.cpc_a.apprentice_years",
  managerBand: "experience.expert",
  cdiRange: "role.cdi.range",
  auditorAverage: "credential.cpma.avg_annual",
} as const;
const FRONTLINE_BANDS: ExperienceBand[] = ["entry", "mid", "senior"];
/** z-score of the 90th percentile of a normal distribution. */
const Z90 = 1.2815515655446004;
/** AAPC groups coders by one, two, and three or more credentials: at most two extra credentials earn a premium. */
const MAX_EXTRA_CREDENTIALS = 2;
/** Credentials whose survey average describes a role (auditing, CDI) rather than frontline coding. */
const ROLE_CREDENTIALS: Partial<Record<CredentialCode, CareerRole>> = { cpma: "auditor", cdip: "cdi", ccds: "cdi" };
/** Credentials that stand for the CPC itself (the reference of the experience bands). */
const CPC_FAMILY: CredentialCode[] = ["cpc", "cpc-a"];

const usd = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;
const ratio = (value: number) => value.toFixed(2);
const factKey = (slug: string) => slug.trim().toLowerCase().replace(/-/g, "_");
const midpoint = (range: { low: number; high: number }) => (range.low + range.high) / 2;

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
      return {
        figureKey,
        label: figure.label,
        sourceId: figure.source,
        publisher: source?.publisher ?? figure.source,
        ...(figure.year !== undefined && { year: figure.year }),
      };
    });
  }
}

type Band = { band: ExperienceBand; fromYears: number; midYears: number; low: number; high: number; keys: string[] };

type ExperienceModel = {
  bands: Band[];
  typical: (experience: number) => number;
  low: (experience: number) => number;
  high: (experience: number) => number;
  /** Years at which the curve stops growing (the senior band's middle). */
  lastMidYears: number;
};

/** The guide's frontline bands (entry, mid-career, senior), joined smoothly between their middles. */
function experienceModel(read: FigureReader): ExperienceModel {
  const bands = FRONTLINE_BANDS.map((band): Band => {
    const span = read.range(`experience.${band}_years`);
    return {
      band,
      fromYears: span.low,
      midYears: (span.low + span.high) / 2,
      ...read.range(`experience.${band}`),
      keys: [`experience.${band}`, `experience.${band}_years`],
    };
  });
  const typical = monotoneCurve(bands.map((band) => ({ x: band.midYears, y: midpoint(band) })));
  const lowCurve = monotoneCurve(bands.map((band) => ({ x: band.midYears, y: band.low })));
  const highCurve = monotoneCurve(bands.map((band) => ({ x: band.midYears, y: band.high })));
  return {
    bands,
    typical,
    // min/max keep low ≤ typical ≤ high and stay non-decreasing (min and max of non-decreasing curves are).
    low: (experience) => Math.min(lowCurve(experience), typical(experience)),
    high: (experience) => Math.max(highCurve(experience), typical(experience)),
    lastMidYears: bands.at(-1)!.midYears,
  };
}

function bandFor(bands: Band[], experience: number): Band {
  return [...bands].reverse().find((band) => experience >= band.fromYears) ?? bands[0]!;
}

type National = { mean: number; keys: string[] };

/**
 * The national mean wage of the occupation, to divide state, metro and setting means by (mean against mean).
 * BLS publishes it; until `bls.mean_annual` is in the facts file it is estimated from the published median and
 * 10th/90th percentiles, assuming pay spreads log-normally (mean = median × e^(σ²/2)).
 */
function nationalMean(read: FigureReader, notes: SalaryNote[]): National {
  const published = read.find(KEYS.nationalMean)?.value;
  if (published !== undefined) {
    notes.push({ code: "national-mean-published", mean: published });
    return { mean: published, keys: [KEYS.nationalMean] };
  }
  const median = read.value(KEYS.nationalMedian);
  const sigma = Math.log(read.value(KEYS.p90) / read.value(KEYS.p10)) / (2 * Z90);
  const mean = median * Math.exp((sigma * sigma) / 2);
  notes.push({ code: "national-mean-estimated", mean: Math.round(mean), median });
  return { mean, keys: [KEYS.nationalMedian, KEYS.p10, KEYS.p90] };
}

const NO_EFFECT = (label: string, explanation: string): SalaryFactor => ({ factor: 1, label, explanation, figureKeys: [] });

type CredentialParts = { best: SalaryFactor & { code?: CredentialCode }; extras: number; premium: number; factor: number };

/** The best single credential's factor (against the CPC, within one survey), and a premium per extra credential. */
function credentialParts(credentials: CredentialCode[], read: FigureReader, notes: SalaryNote[]): CredentialParts {
  const codes = [...new Set(credentials)];
  if (codes.length === 0) {
    const entry = read.range("experience.entry");
    const uncertified = read.range(KEYS.entryUncertified);
    const factor = midpoint(uncertified) / midpoint(entry);
    return {
      best: {
        factor,
        label: "No credential",
        explanation: `The guide's realistic start without a credential (${usd(uncertified.low)}–${usd(uncertified.high)}) against its entry band (${usd(entry.low)}–${usd(entry.high)}): middles ${usd(midpoint(uncertified))} ÷ ${usd(midpoint(entry))}.`,
        figureKeys: [KEYS.entryUncertified, "experience.entry"],
      },
      extras: 0,
      premium: 1,
      factor,
    };
  }

  const single = codes.map((code): SalaryFactor & { code: CredentialCode } => {
    if (CPC_FAMILY.includes(code)) {
      return { code, factor: 1, label: code.toUpperCase(), explanation: "The experience bands describe a CPC: factor 1.", figureKeys: [] };
    }
    if (ROLE_CREDENTIALS[code]) {
      return {
        code,
        factor: 1,
        label: code.toUpperCase(),
        explanation: `${code.toUpperCase()} pay describes a role (${ROLE_CREDENTIALS[code]}); choose that move in a what-if to see it. As a credential it counts like a CPC.`,
        figureKeys: [],
      };
    }
    const key = `credential.${factKey(code)}.avg_annual`;
    const figure = read.find(key);
    if (figure?.value === undefined) {
      notes.push({ code: "no-credential-figure", credential: code });
      return {
        code,
        factor: 1,
        label: code.toUpperCase(),
        explanation: `No salary figure for ${code.toUpperCase()}: it counts like a CPC (factor 1).`,
        figureKeys: [],
      };
    }
    // Compare with the CPC figure of the same survey, so differences between surveys cancel out.
    const sameSurvey = figure.cites?.toLowerCase().includes("payscale") ? KEYS.payscaleCpc : KEYS.aapcCertified;
    const reference = read.value(sameSurvey);
    const factor = figure.value / reference;
    return {
      code,
      factor,
      label: code.toUpperCase(),
      explanation: `${code.toUpperCase()} average (${usd(figure.value)}) ÷ the same survey's CPC average (${usd(reference)}) = ${ratio(factor)}.`,
      figureKeys: [key, sameSurvey],
    };
  });
  const best = single.reduce((top, item) => (item.factor > top.factor ? item : top));
  const extras = Math.min(MAX_EXTRA_CREDENTIALS, codes.length - 1);
  let premium = 1;
  if (extras > 0) {
    // The guide says each added specialty credential can add 5–10%; the low end, because coders who hold several
    // credentials are also more senior, which the experience curve already counts.
    const percent = read.range(KEYS.specialtyPremium).low;
    premium = (1 + percent / 100) ** extras;
    notes.push({ code: "extra-credentials", count: extras, premiumPercent: percent });
  }
  return { best, extras, premium, factor: best.factor * premium };
}

function locationFactor(profile: SalaryProfile, national: National, read: FigureReader, notes: SalaryNote[]): SalaryFactor {
  const areaFactor = (key: string, figure: Figure): SalaryFactor => {
    const factor = figure.value! / national.mean;
    return {
      factor,
      label: figure.label,
      explanation: `${figure.label} mean (${usd(figure.value!)}) ÷ national mean (${usd(national.mean)}) = ${ratio(factor)}.`,
      figureKeys: [key, ...national.keys],
    };
  };
  if (profile.metro) {
    const key = `metro.${factKey(profile.metro)}.mean_annual`;
    const figure = read.find(key);
    if (figure?.value !== undefined) return areaFactor(key, figure);
    notes.push({ code: "no-metro-figure", metro: profile.metro });
  }
  if (profile.state) {
    const key = `state.${profile.state}.mean_annual`;
    const figure = read.find(key);
    if (figure?.value !== undefined) return areaFactor(key, figure);
    notes.push({ code: "no-state-figure", state: profile.state });
    return NO_EFFECT(profile.state.toUpperCase(), "No figure for this state, so national pay is used.");
  }
  return NO_EFFECT("National", "No state or metro area chosen, so national pay is used.");
}

function settingFactor(profile: SalaryProfile, national: National, read: FigureReader): SalaryFactor {
  if (!profile.setting) return NO_EFFECT("Any setting", "No work setting chosen, so no setting adjustment.");
  const key = `setting.${factKey(profile.setting)}.mean_annual`;
  const figure = read.find(key);
  if (figure?.value === undefined) return NO_EFFECT("Any setting", "No figure for this setting, so no setting adjustment.");
  const factor = figure.value / national.mean;
  return {
    factor,
    label: figure.label,
    explanation: `${figure.label} mean (${usd(figure.value)}) ÷ national mean (${usd(national.mean)}) = ${ratio(factor)}.`,
    figureKeys: [key, ...national.keys],
  };
}

/** National pay of a role reached by a career move: its published range, typical in the middle. */
function rolePay(role: CareerRole, read: FigureReader): { pay: SalaryRange; keys: string[]; label: string } {
  if (role === "manager") {
    const band = read.range(KEYS.managerBand);
    return { pay: { low: band.low, typical: midpoint(band), high: band.high }, keys: [KEYS.managerBand], label: "Coding manager" };
  }
  if (role === "cdi") {
    const range = read.range(KEYS.cdiRange);
    return { pay: { low: range.low, typical: midpoint(range), high: range.high }, keys: [KEYS.cdiRange], label: "CDI specialist" };
  }
  // Auditors: the CPMA average, spread like the guide's senior band around its middle.
  const average = read.value(KEYS.auditorAverage);
  const senior = read.range("experience.senior");
  const mid = midpoint(senior);
  return {
    pay: { low: (average * senior.low) / mid, typical: average, high: (average * senior.high) / mid },
    keys: [KEYS.auditorAverage, "experience.senior"],
    label: "Auditor (CPMA)",
  };
}

type Computed = Omit<SalaryFactors, "sources" | "notes"> & { notes: SalaryNote[] };

function computeFactors(profile: SalaryProfile, model: ExperienceModel, read: FigureReader): Computed {
  const notes: SalaryNote[] = [];
  const experience = profile.yearsOfExperience;
  const national = nationalMean(read, notes);
  const credential = credentialParts(profile.credentials, read, notes);
  const location = locationFactor(profile, national, read, notes);
  const setting = settingFactor(profile, national, read);
  const remote = profile.remote
    ? NO_EFFECT("Remote", "Employers often pay remote coders by where they live, so the location factor uses your state; no separate adjustment.")
    : NO_EFFECT("On site", "No remote adjustment.");
  if (profile.remote) notes.push({ code: "remote-location-pay" });
  if (location.factor !== 1 && setting.factor !== 1) notes.push({ code: "location-and-setting" });

  // A credential's survey average already reflects where its holders work (CCS holders mostly code for hospitals):
  // when both raise pay, the larger counts, not the product.
  let credentialAndSetting = credential.best.factor * setting.factor;
  if (credential.best.factor > 1 && setting.factor > 1) {
    credentialAndSetting = Math.max(credential.best.factor, setting.factor);
    if (credential.best.code && profile.setting)
      notes.push({ code: "credential-overlaps-setting", credential: credential.best.code, setting: profile.setting });
  }
  const nationalFactor = credentialAndSetting * credential.premium;

  if (experience < model.bands[0]!.midYears) notes.push({ code: "before-entry-midpoint", years: model.bands[0]!.midYears });
  if (experience > model.lastMidYears) notes.push({ code: "held-after-senior", years: model.lastMidYears });
  const apprenticeYears = read.find(KEYS.apprenticeYears)?.value;
  const apprentice =
    profile.credentials.includes("cpc-a") || (profile.credentials.includes("cpc") && apprenticeYears !== undefined && experience < apprenticeYears);
  if (apprentice && apprenticeYears !== undefined) notes.push({ code: "apprentice", years: apprenticeYears });

  const band = bandFor(model.bands, experience);
  const base = { low: model.low(experience), typical: model.typical(experience), high: model.high(experience) };
  // Typical frontline pay stays inside the guide's band for this experience, nationally: credentials and setting
  // move a coder within the band, not past it.
  const ceiling = model.high(experience);
  let nationalTypical = base.typical * nationalFactor;
  if (nationalTypical > ceiling) {
    nationalTypical = ceiling;
    notes.push({ code: "frontline-ceiling", ceiling: Math.round(ceiling) });
  }
  let typical = nationalTypical * location.factor;
  let low = base.low * nationalFactor * location.factor;
  let high = base.high * nationalFactor * location.factor;
  // The BLS figures include uncredentialed records clerks; a full-time credentialed coder is not projected below
  // the occupation's 10th percentile.
  if (profile.credentials.length > 0) {
    const floor = read.value(KEYS.p10);
    if (typical < floor) {
      typical = floor;
      notes.push({ code: "credentialed-floor", floor });
    }
  }

  let role: Computed["role"];
  if (profile.role) {
    const minimumYears = model.bands.at(-1)!.fromYears;
    if (experience < minimumYears) {
      notes.push({ code: "role-deferred", role: profile.role, minimumYears });
    } else {
      const { pay, keys, label } = rolePay(profile.role, read);
      notes.push({ code: "role-pay", role: profile.role });
      // Role pay is national across settings, like the frontline base: setting and location apply to it the same way.
      const where = setting.factor * location.factor;
      const local = { low: pay.low * where, typical: pay.typical * where, high: pay.high * where };
      role = {
        factor: where,
        label,
        explanation: `${label}: published pay ${usd(pay.low)}–${usd(pay.high)} (typical ${usd(pay.typical)}) × setting × location; it already includes credentials and experience.`,
        figureKeys: keys,
        pay: local,
      };
      // A move never lowers pay.
      typical = Math.max(typical, local.typical);
      low = Math.max(low, local.low);
      high = Math.max(high, local.high);
    }
  }

  const salary: SalaryRange = {
    low: Math.max(1, Math.round(Math.min(low, typical))),
    typical: Math.max(1, Math.round(typical)),
    high: Math.max(1, Math.round(Math.max(high, typical))),
  };
  const credentialFactor: SalaryFactor = {
    factor: credential.factor,
    label: profile.credentials.length <= 1 ? credential.best.label : `${profile.credentials.length} credentials (best: ${credential.best.label})`,
    explanation:
      credential.extras > 0
        ? `${credential.best.explanation} Each extra credential adds ${ratio((credential.premium ** (1 / credential.extras) - 1) * 100)}% (up to ${MAX_EXTRA_CREDENTIALS}).`
        : credential.best.explanation,
    figureKeys: [...credential.best.figureKeys, ...(credential.extras > 0 ? [KEYS.specialtyPremium] : [])],
  };
  return {
    yearsOfExperience: experience,
    base: { low: Math.round(base.low), typical: Math.round(base.typical), high: Math.round(base.high), band: band.band, figureKeys: band.keys },
    credential: credentialFactor,
    location,
    setting,
    remote,
    ...(role && { role }),
    combinedFactor: nationalFactor * location.factor,
    salary,
    notes,
  };
}

function dedupeNotes(notes: SalaryNote[]): SalaryNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = JSON.stringify(note);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The transparent breakdown behind one year's figure: base by experience, then each factor. */
export function salaryFactors(profile: SalaryProfile, facts: Facts): SalaryFactors {
  const read = new FigureReader(facts);
  const { notes, ...factors } = computeFactors(profile, experienceModel(read), read);
  return { ...factors, sources: read.sources(), notes: dedupeNotes(notes) };
}

function isCareerPath(input: SalaryProfile | CareerPath): input is CareerPath {
  return "profile" in input && "events" in input;
}

/** Projects low/typical/high pay, in whole dollars, for this year (0) and each year up to the horizon. */
export function projectSalary(input: SalaryProfile | CareerPath, facts: Facts, options: ProjectSalaryOptions = {}): SalaryProjection {
  const read = new FigureReader(facts);
  const model = experienceModel(read);
  const path: CareerPath = isCareerPath(input) ? input : { profile: input, events: [] };
  const requested = options.horizonYears ?? DEFAULT_HORIZON_YEARS;
  const horizon = Number.isFinite(requested) ? Math.min(MAX_HORIZON_YEARS, Math.max(0, Math.round(requested))) : DEFAULT_HORIZON_YEARS;
  const notes: SalaryNote[] = [];
  const late = path.events.filter((event) => event.year > horizon).length;
  if (late) notes.push({ code: "events-after-horizon", count: late, horizon });

  const years: SalaryYear[] = [];
  for (let year = 0; year <= horizon; year += 1) {
    const { salary, notes: yearNotes } = computeFactors(profileInYear(path, year), model, read);
    notes.push(...yearNotes);
    years.push({ year, ...salary });
  }
  return { years, sources: read.sources(), notes: dedupeNotes(notes) };
}
