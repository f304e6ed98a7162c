import { parseBillingUnit, parseDose, withoutDose, type Quantity } from "@/lib/codes/dose-units";
import { looksLikeCode, normalizeCode } from "@/lib/codes/normalize-code";
import type { CodeKind, CodeSystem } from "@/lib/codes/types";

export type IndexedCode = { system: CodeSystem; code: string; description: string; billable: boolean; terminated: boolean; kind: CodeKind };

export type Synonym = { term: string; means: string[]; codes?: string[] };

export type SearchOptions = { system?: CodeSystem; billableOnly?: boolean; includeTerminated?: boolean; limit?: number };

/** How a hit was found, in ranking order: an exact code beats a code prefix, which beats words. */
export type MatchKind = "exact" | "prefix" | "words";
export type SearchHit = { entry: IndexedCode; score: number; match: MatchKind };

const STOP_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "due", "is", "was", "pt", "patient", "s"]);
const MAX_COMPLETIONS = 24;
const MAX_VARIANTS = 10;

/**
 * Search ranking. Hits come in tiers far enough apart that a lower kind of hit never outranks a higher one; the
 * numbers inside a tier only order hits of the same kind. Changing a value changes the order of results: the
 * ranking tests in tests/unit/codes check the orders that matter.
 */
const TIER = {
  /** The code exactly as typed: the answer, above everything. */
  exactCode: 1000,
  /** Codes that start with what was typed: below the exact code, above any match on words. */
  codePrefix: 900,
  /** Keeps prefix hits in code order (category, subcategories, codes) without reaching the next tier down. */
  codePrefixStep: 0.01,
  /** A code a shorthand phrase names outright ("CABG"): above words, below anything typed as a code. */
  namedCode: 600,
  /** Keeps several named codes in the phrase's own order. */
  namedCodeStep: 0.1,
  /** Words looked for inside a typed code's branch ("E11 hyperglycemia") rank above the same words anywhere. */
  inBranchWords: 300,
  /** The base of every word match: the penalties below never take it under zero, and it stays far under the code tiers. */
  words: 100,
} as const;

/** How a word match is scored, on top of each matched word's rarity (log of how few descriptions hold it). */
const WORD_SCORE = {
  /** The share of the description the query covers (0–1) times this: a close description beats a long one. */
  coverage: 4,
  /** Taken off for each query word the description lacks (one, or two in a long query, may be missing). */
  missingWord: 6,
  /** A code a shorthand phrase hints at, when the phrase is the whole query: strong. */
  wholePhraseHint: 5,
  /** The same when the phrase is one part of a longer query: the other words count too. */
  partialPhraseHint: 3,
} as const;

/** Coders' habits that break ties between close word matches (habitBonus). */
const HABIT = {
  /** A billable code is what goes on a claim. */
  billable: 1.5,
  /** A header (not billable) is only a way in to its codes. */
  header: -2,
  /** "…, unspecified" or "without complications": the Index's default when the note says no more. */
  defaultWording: 1.2,
  /** The initial encounter ("A") of a 7th-character family: the commonest choice at a first visit. */
  initialEncounter: 1,
  /** A description that starts with the first word looked for names that condition, not something beside it. */
  startsWithFirstWord: 1.5,
} as const;

/** Drug codes (HCPCS J and Q) looked for by name and dose (queryBonus). */
const DRUG = {
  /** A manufacturer's, brand's or biosimilar's own code: not the generic one a name alone asks for. */
  brandOrBiosimilar: -1.5,
  /** The "not otherwise specified" code is the fallback for a generic name. */
  notOtherwiseSpecified: 0.5,
  /** The code bills in the kind of amount the query gives (mg for "80 mg"). */
  doseDimension: 2,
  /** …and in exactly that amount. */
  exactDose: 0.5,
  /** With a dose, an injection is meant unless the query says otherwise. */
  injection: 2,
} as const;

/** Weights of the words a misspelt query word may stand for (typoCandidates); a typo guess weighs about as much as a rare word. */
const TYPO = {
  /** The scale of a guess's weight, about a mid-rarity word's. */
  scale: 6,
  /** Same consonant skeleton (a doubled letter or a vowel slip): the likeliest guess. */
  sameSkeleton: 0.85,
  /** One edit away. */
  oneEdit: 0.7,
  /** Two edits away (long words only). */
  twoEdits: 0.55,
  /** Per log10 of how many descriptions hold the word: nudges a guess towards the commoner spelling. */
  commonness: 0.06,
  /** The distance given to a guess with another first letter ("neumonia"), found only when nothing else was. */
  otherFirstLetter: 1.2,
} as const;

/** A completion of the word being typed weighs at most this share of its rarity… */
const COMPLETION_SHARE = 0.75;
/** …and less than the word exactly as typed, when that word exists. */
const COMPLETION_UNDER_EXACT = 0.9;
/**
 * Words an official description adds when it is the default choice ("Pneumonia, unspecified organism", "…,
 * initial encounter for closed fracture"): they do not make a description a worse fit for a query that omits them.
 */
const NEUTRAL_WORDS = new Set([
  "unspecified",
  "other",
  "encounter",
  "initial",
  "site",
  "nos",
  "not",
  "elsewhere",
  "classified",
  "specified",
  "without",
  "complication",
  "uncomplicated",
  "mention",
  "closed",
  "organism",
  "type",
  "part",
  "level",
  "condition",
]);
/** How a description says it is the default: "Unspecified asthma", "Pneumonia, unspecified organism", "without complications". */
const DEFAULT_WORDING =
  /^unspecified\b|, unspecified$|, unspecified (?:organism|site|type|cause)\b|without complications|uncomplicated|, not elsewhere classified/i;
/** One spelling for word forms the descriptions mix: "hypertensive" and "hypertension" are found by either. */
const WORD_FORMS: Record<string, string> = {
  hypertensive: "hypertension",
  diabetic: "diabetes",
  asthmatic: "asthma",
  pregnant: "pregnancy",
  fractured: "fracture",
  sprained: "sprain",
  broken: "fracture",
  osteoarthritic: "osteoarthritis",
  vaccination: "vaccine",
  immunization: "vaccine",
  wheeled: "wheel",
  wooden: "wood",
  polyp: "polyp",
  colonic: "colon",
  renal: "kidney",
  gallstone: "cholelithiasis",
};
/** British spellings charts from other countries (and coders trained there) use, tried when a word is not in the index. */
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [/oe/g, "e"],
  [/ae/g, "e"],
  [/our(s?)$/, "or$1"],
  [/isation/g, "ization"],
  [/ise(s|d)?$/, "ize$1"],
  [/tre(s?)$/, "ter$1"],
  [/yse(s|d)?$/, "yze$1"],
];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !STOP_WORDS.has(word));
}

/** Lower-case word stems: "Fractures of the Radius" → ["fracture", "radius"]. */
export function tokenize(text: string): string[] {
  return words(text).map(stem);
}

function stem(word: string): string {
  const form = WORD_FORMS[word];
  if (form) return form;
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/** A word's consonants with doubled letters collapsed: "concusion" and "concussion" share "cncsn", "contusion" does not. */
function skeleton(word: string): string {
  return word.replace(/(.)\1+/g, "$1").replace(/[aeiouy]/g, "");
}

/** American spellings a British word may stand for ("oesophagitis" → "esophagitis", "anaemia" → "anemia"). */
export function americanSpellings(word: string): string[] {
  const found = new Set<string>();
  let all = word;
  for (const [pattern, replacement] of BRITISH_SPELLINGS) {
    const once = word.replace(pattern, replacement);
    if (once !== word) found.add(once);
    all = all.replace(pattern, replacement);
  }
  if (all !== word) found.add(all);
  return [...found];
}

/** Edit distance with adjacent transpositions, giving up once it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** An index word standing for a query word, with what a match on it is worth. */
type TermAlternative = { token: string; weight: number };

/** One reading of the query: its words (shorthand replaced or not), and codes a whole-query synonym names. */
type QueryVariant = { tokens: string[]; surface: string[]; fromSynonym: boolean[] };

/** What the words of a query settle before scoring: its readings, the codes a synonym points at, the dose. */
type WordQuery = { variants: QueryVariant[]; exactCodes: string[]; hintCodes: string[]; hintWeight: number; dose: Quantity | null; completing: boolean };

/**
 * An in-memory index over every code's number and description: exact and prefix code look-up from a sorted
 * list, words from an inverted index, typos and British spellings from the vocabulary, chart shorthand, eponyms,
 * brand names and Index defaults from the synonym tables, and doses for drug codes billed per amount.
 * Per entry it keeps only typed arrays beside the entries themselves, so the full code sets stay small in memory.
 */
export class CodeSearchIndex {
  private readonly entries: IndexedCode[];
  private readonly byCode = new Map<string, number[]>();
  private readonly sortedIds: Int32Array;
  private readonly postings = new Map<string, Int32Array>();
  private readonly vocabulary: string[];
  /** Words as written in descriptions, by first letter and length, where typo candidates are looked for. */
  private readonly surfaceBuckets = new Map<string, string[]>();
  private readonly surfaceWords = new Set<string>();
  // Per-query scratch space, one slot per entry, reset through `touched` after each query.
  private readonly scratchScore: Float64Array;
  private readonly scratchMatched: Uint8Array;
  private readonly scratchGroup: Int16Array;
  /** Distinct words of each description, those of them that are neutral, and its first word's posting key. */
  private readonly tokenCounts: Uint8Array;
  private readonly neutralCounts: Uint8Array;
  private readonly firstTokens: string[];
  /** 1 where the description reads as the default ("…, unspecified", "without complications"): the Index's choice when the documentation says no more. */
  private readonly unspecified: Uint8Array;
  private readonly synonyms = new Map<string, Synonym>();
  private readonly synonymWords = new Set<string>();
  private readonly longestSynonym: number;

  constructor(entries: IndexedCode[], synonyms: Synonym[] = []) {
    this.entries = entries;
    this.tokenCounts = new Uint8Array(entries.length);
    this.neutralCounts = new Uint8Array(entries.length);
    this.firstTokens = new Array<string>(entries.length);
    this.unspecified = new Uint8Array(entries.length);
    this.scratchScore = new Float64Array(entries.length);
    this.scratchMatched = new Uint8Array(entries.length);
    this.scratchGroup = new Int16Array(entries.length).fill(-1);
    const postingLists = new Map<string, number[]>();
    const interned = new Map<string, string>();
    entries.forEach((entry, id) => {
      const list = this.byCode.get(entry.code);
      if (list) list.push(id);
      else this.byCode.set(entry.code, [id]);
      const surface = words(entry.description);
      for (const word of surface) this.surfaceWords.add(word);
      const tokens = new Set(surface.map(stem));
      this.tokenCounts[id] = Math.min(tokens.size, 255);
      let neutral = 0;
      for (const token of tokens) {
        if (NEUTRAL_WORDS.has(token)) neutral++;
        const posting = postingLists.get(token);
        if (posting) posting.push(id);
        else postingLists.set(token, [id]);
      }
      this.neutralCounts[id] = Math.min(neutral, 255);
      if (DEFAULT_WORDING.test(entry.description)) this.unspecified[id] = 1;
      const first = stem(surface[0] ?? "");
      this.firstTokens[id] = interned.get(first) ?? (interned.set(first, first), first);
    });
    for (const [token, ids] of postingLists) this.postings.set(token, Int32Array.from(ids));
    this.sortedIds = Int32Array.from(entries.keys()).sort((a, b) => {
      const left = entries[a]!.code;
      const right = entries[b]!.code;
      return left < right ? -1 : left > right ? 1 : a - b;
    });
    this.vocabulary = [...this.postings.keys()].sort();
    for (const word of this.surfaceWords) {
      const key = `${word[0]}${word.length}`;
      const bucket = this.surfaceBuckets.get(key);
      if (bucket) bucket.push(word);
      else this.surfaceBuckets.set(key, [word]);
    }
    for (const synonym of synonyms) {
      // Words in any order: "pneumonia, aspiration" is the Index's way of writing "aspiration pneumonia".
      const key = synonymKey(tokenize(synonym.term)) || synonym.term.toLowerCase();
      this.synonyms.set(key, synonym);
      for (const word of key.split(" ")) this.synonymWords.add(word);
    }
    this.longestSynonym = Math.max(1, ...[...this.synonyms.keys()].map((key) => key.split(" ").length));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entry for an exact code (without the dot), preferring the given system. */
  get(code: string, system?: CodeSystem): IndexedCode | undefined {
    const ids = this.byCode.get(code) ?? [];
    const id = ids.find((candidate) => !system || this.entries[candidate]!.system === system);
    return id === undefined ? undefined : this.entries[id];
  }

  /** Every entry whose code starts with `prefix`, in code order. */
  withPrefix(prefix: string, system?: CodeSystem): IndexedCode[] {
    const result: IndexedCode[] = [];
    for (let index = this.lowerBound(prefix); index < this.sortedIds.length; index++) {
      const entry = this.entries[this.sortedIds[index]!]!;
      if (!entry.code.startsWith(prefix)) break;
      if (!system || entry.system === system) result.push(entry);
    }
    return result;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
    const allowed = (entry: IndexedCode) =>
      (!options.system || entry.system === options.system) && (!options.billableOnly || entry.billable) && (options.includeTerminated || !entry.terminated);
    const trimmed = query.trim();
    if (trimmed === "") return [];

    const hits = new Map<IndexedCode, SearchHit>();
    const add = (entry: IndexedCode, score: number, match: MatchKind) => {
      if (!allowed(entry)) return;
      const previous = hits.get(entry);
      if (!previous || previous.score < score) hits.set(entry, { entry, score, match });
    };

    const parts = trimmed.split(/\s+/);
    const codeParts = parts.filter((part) => looksLikeCode(part) && /\d/.test(part));
    if (parts.length === 1 && (looksLikeCode(trimmed) || /^[A-Za-z0-9]{2}$/.test(trimmed))) {
      // A code, the start of one, or a two-character HCPCS modifier (RT, XS).
      const bare = normalizeCode(trimmed) ?? trimmed.toUpperCase().replace(".", "");
      for (const id of this.byCode.get(bare) ?? []) add(this.entries[id]!, TIER.exactCode, "exact");
      // Prefix hits keep code order: the category, then its subcategories and codes, as in the tabular list.
      const prefixed = this.withPrefix(bare).filter((entry) => entry.code !== bare && allowed(entry));
      prefixed.slice(0, limit * 4).forEach((entry, index) => add(entry, TIER.codePrefix - index * TIER.codePrefixStep, "prefix"));
    }
    if (parts.length > 1 && codeParts.length === 1 && !parseDose(trimmed)) {
      // "E11 hyperglycemia", "S83.2 medial right": words within a code's branch.
      const prefix = normalizeCode(codeParts[0]!) ?? codeParts[0]!.toUpperCase().replace(".", "");
      const inBranch = (entry: IndexedCode) => entry.code.startsWith(prefix) && allowed(entry);
      const rest = parts.filter((part) => part !== codeParts[0]).join(" ") + (/\s$/.test(query) ? " " : "");
      this.searchWords(rest, limit, (entry, score) => add(entry, score + TIER.inBranchWords, "words"), inBranch);
      if (hits.size === 0) for (const entry of this.withPrefix(prefix).filter(allowed).slice(0, limit)) add(entry, TIER.codePrefix, "prefix");
    }
    // A code found as typed is the answer; its characters are not words to look for.
    const foundAsCode = parts.length === 1 && hits.size > 0 && (looksLikeCode(trimmed) || [...hits.values()].some((hit) => hit.match === "exact"));
    if (hits.size < limit && !foundAsCode && /[a-z]/i.test(trimmed)) this.searchWords(query, limit, add, allowed);
    return [...hits.values()]
      .sort((a, b) => b.score - a.score || Number(b.entry.billable) - Number(a.entry.billable) || (a.entry.code < b.entry.code ? -1 : 1))
      .slice(0, limit);
  }

  private lowerBound(prefix: string): number {
    let low = 0;
    let high = this.sortedIds.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.entries[this.sortedIds[middle]!]!.code < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private hasCompletions(prefix: string): boolean {
    return this.vocabulary[this.vocabularyLowerBound(prefix)]?.startsWith(prefix) ?? false;
  }

  private isKnownWord(word: string): boolean {
    return this.postings.has(stem(word)) || this.synonymWords.has(stem(word));
  }

  /** The query's words as the index spells them: British spellings and plain typos replaced by index words. */
  private normaliseWords(surface: string[], completing: boolean): string[] {
    return surface.map((word, index) => {
      if (this.isKnownWord(word) || /^\d+$/.test(word)) return word;
      const american = americanSpellings(word).find((candidate) => this.isKnownWord(candidate));
      if (american) return american;
      if (completing && index === surface.length - 1 && this.hasCompletions(stem(word))) return word;
      const [best] = this.typoCandidates(word);
      return best?.word ?? word;
    });
  }

  private parseWords(query: string): WordQuery {
    const dose = parseDose(query);
    const text = dose ? withoutDose(query) : query;
    const completing = !dose && !/[\s,]$/.test(query);
    const surface = this.normaliseWords(words(text), completing);
    const tokens = surface.map(stem);
    const variants: QueryVariant[] = [{ tokens, surface, fromSynonym: tokens.map(() => false) }];
    // Shorthand, eponyms and brand names: the longest phrases first, each word used by one phrase at most.
    const matches: { start: number; length: number; synonym: Synonym }[] = [];
    const used = new Array<boolean>(tokens.length).fill(false);
    for (let length = Math.min(this.longestSynonym, tokens.length); length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) {
        if (used.slice(start, start + length).some(Boolean)) continue;
        const synonym = this.synonyms.get(synonymKey(tokens.slice(start, start + length)));
        if (!synonym) continue;
        matches.push({ start, length, synonym });
        used.fill(true, start, start + length);
      }
    }
    matches.sort((a, b) => a.start - b.start);
    // A phrase that is the whole query puts its billable codes first; a header it names, and the codes of a phrase
    // that is only part of the query, lift the codes under them.
    const whole = matches.length === 1 && matches[0]!.length === tokens.length;
    if (!whole) {
      // A main term's default ("diabetes" → "type 2 diabetes mellitus without complications") narrows the term; with
      // more words in the query ("type 1 diabetes") the words decide, so such a phrase is not rewritten.
      for (let index = matches.length - 1; index >= 0; index--) {
        const match = matches[index]!;
        const own = tokens.slice(match.start, match.start + match.length);
        const meaning = new Set(words(match.synonym.means[0] ?? "").map(stem));
        const defaultCode =
          match.synonym.codes?.length === 1 && this.byCode.get(match.synonym.codes[0]!.replace(".", ""))?.some((id) => this.entries[id]!.billable);
        if (defaultCode && own.every((token) => meaning.has(token))) matches.splice(index, 1);
      }
    }
    const named = matches.flatMap((match) => match.synonym.codes ?? []).map((code) => code.replace(".", ""));
    const exactCodes = whole ? named.filter((code) => this.byCode.get(code)?.some((id) => this.entries[id]!.billable)) : [];
    const rewrite = (choice: (matchIndex: number) => number) => {
      const variant: QueryVariant = { tokens: [], surface: [], fromSynonym: [] };
      let cursor = 0;
      matches.forEach((match, matchIndex) => {
        for (; cursor < match.start; cursor++) {
          variant.tokens.push(tokens[cursor]!);
          variant.surface.push(surface[cursor]!);
          variant.fromSynonym.push(false);
        }
        const chosen = choice(matchIndex);
        if (chosen < 0) return; // this phrase kept as typed
        const meaning = match.synonym.means[chosen] ?? "";
        for (const word of words(meaning)) {
          variant.tokens.push(stem(word));
          variant.surface.push(word);
          variant.fromSynonym.push(true);
        }
        cursor = match.start + match.length;
      });
      for (; cursor < tokens.length; cursor++) {
        variant.tokens.push(tokens[cursor]!);
        variant.surface.push(surface[cursor]!);
        variant.fromSynonym.push(false);
      }
      return variant;
    };
    if (matches.length > 0) {
      variants.push(rewrite(() => 0));
      // With several phrases, each one replaced on its own too: "history of CABG" is found as "history of
      // aortocoronary bypass graft" as well as "personal history of aortocoronary bypass graft".
      if (matches.length > 1) matches.forEach((_, only) => variants.length < MAX_VARIANTS && variants.push(rewrite((other) => (other === only ? 0 : -1))));
      matches.forEach((match, matchIndex) => {
        for (let meaning = 1; meaning < match.synonym.means.length && variants.length < MAX_VARIANTS; meaning++) {
          variants.push(rewrite((other) => (other === matchIndex ? meaning : 0)));
        }
      });
    }
    return { variants, exactCodes, hintCodes: named, hintWeight: whole ? WORD_SCORE.wholePhraseHint : WORD_SCORE.partialPhraseHint, dose, completing };
  }

  private searchWords(
    query: string,
    limit: number,
    add: (entry: IndexedCode, score: number, match: MatchKind) => void,
    allowed: (entry: IndexedCode) => boolean,
  ) {
    const parsed = this.parseWords(query);
    parsed.exactCodes.forEach((code, order) => {
      const bare = code.replace(".", "");
      for (const id of this.byCode.get(bare) ?? []) add(this.entries[id]!, TIER.namedCode - order * TIER.namedCodeStep, "words");
    });
    const extra = (id: number) => this.queryBonus(id, parsed);
    for (const variant of parsed.variants) {
      if (variant.tokens.length === 0) continue;
      const groups = variant.tokens.map((token, index) =>
        this.alternativesFor(token, variant.surface[index] ?? token, parsed.completing && index === variant.tokens.length - 1 && !variant.fromSynonym[index]),
      );
      this.scoreGroups(groups, limit, add, allowed, extra);
    }
  }

  /** What the query as a whole says about an entry: a code a partial synonym named, a dose its unit can bill. */
  private queryBonus(id: number, parsed: WordQuery): number {
    const entry = this.entries[id]!;
    let bonus = 0;
    if (parsed.hintCodes.some((code) => entry.code === code || (entry.code.startsWith(code) && entry.billable))) bonus += parsed.hintWeight;
    if (entry.system === "hcpcs" && /^[JQ]/.test(entry.code)) {
      // A drug by its generic name: the generic code, not a manufacturer's or a brand's own.
      const description = entry.description.toLowerCase();
      if (description.includes("not therapeutically equivalent") || description.includes("biosimilar") || /, \([a-z][a-z\- ]+\)/.test(description))
        bonus += DRUG.brandOrBiosimilar;
      if (description.includes("not otherwise specified")) bonus += DRUG.notOtherwiseSpecified;
      if (parsed.dose) {
        // A dose: a code billed in that kind of amount, given by injection unless the query says otherwise.
        const unit = parseBillingUnit(entry.description);
        if (unit && unit.dimension === parsed.dose.dimension)
          bonus += DRUG.doseDimension + (Math.abs(unit.amount - parsed.dose.amount) < 1e-9 ? DRUG.exactDose : 0);
        if (description.startsWith("injection")) bonus += DRUG.injection;
      }
    }
    return bonus;
  }

  /** Index words a misspelt word may stand for, closest and commonest first. */
  private typoCandidates(surface: string): { word: string; weight: number }[] {
    if (surface.length < 4 || /^\d+$/.test(surface)) return [];
    const maxDistance = surface.length >= 7 ? 2 : 1;
    const best = new Map<string, { word: string; weight: number }>();
    const shape = skeleton(surface);
    const consider = (word: string, editDistance: number) => {
      const stemmed = stem(word);
      // Doubled letters and vowels are the commonest slips ("concusion", "osteoperosis"): a word with the same
      // consonant skeleton counts as closer than one with another consonant.
      const distance = skeleton(word) === shape ? 0.5 : editDistance;
      const commonness = Math.log10(1 + (this.postings.get(stemmed)?.length ?? 0));
      // Typo guesses weigh the same whatever their rarity, nudged towards the commoner spelling.
      const weight = TYPO.scale * ((distance <= 0.5 ? TYPO.sameSkeleton : distance === 1 ? TYPO.oneEdit : TYPO.twoEdits) + TYPO.commonness * commonness);
      if (weight > (best.get(stemmed)?.weight ?? 0)) best.set(stemmed, { word, weight });
    };
    for (let length = surface.length - maxDistance; length <= surface.length + maxDistance; length++) {
      for (const word of this.surfaceBuckets.get(`${surface[0]}${length}`) ?? []) {
        const distance = boundedDistance(surface, word, maxDistance);
        if (distance <= maxDistance) consider(word, distance);
      }
    }
    if (best.size === 0) {
      // Nothing with the same first letter ("neumonia"): look once more, this time at every first letter.
      for (let length = surface.length - 1; length <= surface.length + 1; length++) {
        for (const [key, bucket] of this.surfaceBuckets) {
          if (Number(key.slice(1)) !== length) continue;
          for (const word of bucket) if (boundedDistance(surface, word, 1) <= 1) consider(word, TYPO.otherFirstLetter);
        }
      }
    }
    return [...best.values()].sort((a, b) => b.weight - a.weight);
  }

  /** Index words that may stand for a query word: itself, its completions while typing, its near spellings. */
  private alternativesFor(token: string, surface: string, completing: boolean): TermAlternative[] {
    const alternatives: TermAlternative[] = [];
    const rarity = (word: string) => Math.log(1 + this.entries.length / this.postings.get(word)!.length);
    const exactWeight = this.postings.has(token) ? rarity(token) : undefined;
    if (exactWeight !== undefined) alternatives.push({ token, weight: exactWeight });
    if (completing && token.length >= 2) {
      let added = 0;
      for (let index = this.vocabularyLowerBound(token); index < this.vocabulary.length && added < MAX_COMPLETIONS; index++) {
        const word = this.vocabulary[index]!;
        if (!word.startsWith(token)) break;
        if (word !== token) {
          // A completion never outweighs the word exactly as typed.
          alternatives.push({ token: word, weight: Math.min(COMPLETION_SHARE * rarity(word), COMPLETION_UNDER_EXACT * (exactWeight ?? Infinity)) });
          added++;
        }
      }
    }
    // A word of a shorthand phrase ("Osgood", "Dilaudid") is found through the phrase, not as a misspelling.
    if (alternatives.length === 0 && !this.synonymWords.has(token)) {
      for (const candidate of this.typoCandidates(surface).slice(0, 4)) alternatives.push({ token: stem(candidate.word), weight: candidate.weight });
    }
    // An entry counts once per query word, with its best-weighted spelling: try the heaviest first.
    return alternatives.sort((a, b) => b.weight - a.weight);
  }

  /**
   * What coders reach for when the words alone do not decide: a billable code rather than a header, the initial
   * encounter of a 7th-character family, the "unspecified" default, and a description that starts with the first
   * word looked for ("Pneumonia, unspecified organism").
   */
  private habitBonus(id: number, firstGroup: TermAlternative[]): number {
    const entry = this.entries[id]!;
    let bonus = entry.billable ? HABIT.billable : HABIT.header;
    if (this.unspecified[id] === 1) bonus += HABIT.defaultWording;
    if (entry.system === "icd10cm" && entry.code.length === 7 && entry.code.endsWith("A")) bonus += HABIT.initialEncounter;
    const first = this.firstTokens[id]!;
    if (firstGroup.some((alternative) => alternative.token === first)) bonus += HABIT.startsWithFirstWord;
    return bonus;
  }

  private vocabularyLowerBound(prefix: string): number {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.vocabulary[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Scores entries that match every query word, or all but one at a cost: each word adds its rarity, an entry
   * whose description is mostly the query words (leaving aside words such as "unspecified") gains, and the
   * coder's habits and the query's bonuses decide between close ones.
   */
  private scoreGroups(
    groups: TermAlternative[][],
    limit: number,
    add: (entry: IndexedCode, score: number, match: MatchKind) => void,
    allowed: (entry: IndexedCode) => boolean,
    extra: (id: number) => number,
  ) {
    const needed = groups.filter((group) => group.length > 0).length;
    if (needed === 0) return;
    // Every word should match; one may be missing (a typo too far gone, a word the index lacks), at a cost.
    // Long queries in a coder's own words carry more that the descriptions lack ("seen again"): two may be missing.
    const minimum = needed >= 6 ? needed - 2 : needed >= 2 ? needed - 1 : needed;
    const score = this.scratchScore;
    const matched = this.scratchMatched;
    const lastGroup = this.scratchGroup;
    const touched: number[] = [];
    // Rare words first: when every word must match, only entries found by the first groups can qualify.
    const ordered = groups
      .map((alternatives, index) => ({
        alternatives,
        index,
        size: alternatives.reduce((sum, alternative) => sum + this.postings.get(alternative.token)!.length, 0),
      }))
      .filter((group) => group.alternatives.length > 0)
      .sort((a, b) => a.size - b.size);
    // A word found in a large share of all descriptions ("encounter") only confirms candidates the rarer words found.
    const common = this.entries.length / 20;
    ordered.forEach(({ alternatives, index: groupIndex, size }, position) => {
      const mayAddNew = position <= needed - minimum && (position === 0 || size < common);
      for (const alternative of alternatives) {
        const posting = this.postings.get(alternative.token)!;
        const weight = alternative.weight;
        for (let cursor = 0; cursor < posting.length; cursor++) {
          const id = posting[cursor]!;
          if (matched[id] === 0) {
            if (!mayAddNew) continue;
            touched.push(id);
          } else if (lastGroup[id] === groupIndex) {
            continue;
          }
          score[id] = score[id]! + weight;
          matched[id] = matched[id]! + 1;
          lastGroup[id] = groupIndex;
        }
      }
    });
    const best: { id: number; score: number }[] = [];
    const firstGroup = groups.find((group) => group.length > 0)!;
    for (const id of touched) {
      if (matched[id]! >= minimum && allowed(this.entries[id]!)) {
        const meaningful = Math.max(this.tokenCounts[id]! - this.neutralCounts[id]!, 1);
        const coverage = Math.min(matched[id]! / meaningful, 1);
        const total =
          TIER.words +
          score[id]! +
          WORD_SCORE.coverage * coverage -
          (needed - matched[id]!) * WORD_SCORE.missingWord +
          this.habitBonus(id, firstGroup) +
          extra(id);
        keepBest(best, { id, score: total }, limit);
      }
      score[id] = 0;
      matched[id] = 0;
      lastGroup[id] = -1;
    }
    for (const { id, score: total } of best) add(this.entries[id]!, total, "words");
  }
}

function synonymKey(tokens: string[]): string {
  return [...tokens].sort().join(" ");
}

/** Keeps the `limit` highest scores in `best`, sorted high to low, ties broken by entry order (code order). */
function keepBest(best: { id: number; score: number }[], candidate: { id: number; score: number }, limit: number) {
  if (best.length === limit && candidate.score <= best[limit - 1]!.score) return;
  let index = best.length;
  while (index > 0 && (best[index - 1]!.score < candidate.score || (best[index - 1]!.score === candidate.score && best[index - 1]!.id > candidate.id))) index--;
  best.splice(index, 0, candidate);
  if (best.length > limit) best.pop();
}
