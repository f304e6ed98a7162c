import { looksLikeCode, normalizeCode } from "@/lib/codes/normalize-code";
import type { CodeKind, CodeSystem } from "@/lib/codes/types";

export type IndexedCode = { system: CodeSystem; code: string; description: string; billable: boolean; terminated: boolean; kind: CodeKind };

export type Synonym = { term: string; means: string[]; codes?: string[] };

export type SearchOptions = { system?: CodeSystem; billableOnly?: boolean; includeTerminated?: boolean; limit?: number };

/** How a hit was found, in ranking order: an exact code beats a code prefix, which beats words. */
export type MatchKind = "exact" | "prefix" | "words";
export type SearchHit = { entry: IndexedCode; score: number; match: MatchKind };

const STOP_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "due"]);
const MAX_COMPLETIONS = 40;
const MAX_VARIANTS = 8;

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
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
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

/**
 * An in-memory index over every code's number and description: exact and prefix code look-up from a sorted
 * list, words from an inverted index, typos from the vocabulary, chart shorthand from the synonym list.
 */
export class CodeSearchIndex {
  private readonly entries: IndexedCode[];
  private readonly byCode = new Map<string, number[]>();
  private readonly sortedCodes: { code: string; id: number }[];
  private readonly postings = new Map<string, Int32Array>();
  private readonly vocabulary: string[];
  /** Words as written in descriptions, by first letter and length, where typo candidates are looked for. */
  private readonly surfaceBuckets = new Map<string, string[]>();
  // Per-query scratch space, one slot per entry, reset through `touched` after each query.
  private readonly scratchScore: Float64Array;
  private readonly scratchMatched: Uint8Array;
  private readonly scratchGroup: Int16Array;
  private readonly tokenCounts: Uint16Array;
  private readonly synonyms = new Map<string, Synonym>();
  private readonly longestSynonym: number;

  constructor(entries: IndexedCode[], synonyms: Synonym[] = []) {
    this.entries = entries;
    this.tokenCounts = new Uint16Array(entries.length);
    this.scratchScore = new Float64Array(entries.length);
    this.scratchMatched = new Uint8Array(entries.length);
    this.scratchGroup = new Int16Array(entries.length).fill(-1);
    const postingLists = new Map<string, number[]>();
    const surfaceWords = new Set<string>();
    entries.forEach((entry, id) => {
      const list = this.byCode.get(entry.code);
      if (list) list.push(id);
      else this.byCode.set(entry.code, [id]);
      const surface = words(entry.description);
      for (const word of surface) surfaceWords.add(word);
      const tokens = new Set(surface.map(stem));
      this.tokenCounts[id] = tokens.size;
      for (const token of tokens) {
        const posting = postingLists.get(token);
        if (posting) posting.push(id);
        else postingLists.set(token, [id]);
      }
    });
    for (const [token, ids] of postingLists) this.postings.set(token, Int32Array.from(ids));
    this.sortedCodes = entries.map((entry, id) => ({ code: entry.code, id })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id));
    this.vocabulary = [...this.postings.keys()].sort();
    for (const word of surfaceWords) {
      const key = `${word[0]}${word.length}`;
      const bucket = this.surfaceBuckets.get(key);
      if (bucket) bucket.push(word);
      else this.surfaceBuckets.set(key, [word]);
    }
    for (const synonym of synonyms) this.synonyms.set(tokenize(synonym.term).join(" ") || synonym.term.toLowerCase(), synonym);
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
    for (let index = this.lowerBound(prefix); index < this.sortedCodes.length && this.sortedCodes[index]!.code.startsWith(prefix); index++) {
      const entry = this.entries[this.sortedCodes[index]!.id]!;
      if (!system || entry.system === system) result.push(entry);
    }
    return result;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
    const allowed = (entry: IndexedCode) =>
      (!options.system || entry.system === options.system) &&
      (!options.billableOnly || entry.billable) &&
      (options.includeTerminated || !entry.terminated);
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
      for (const id of this.byCode.get(bare) ?? []) add(this.entries[id]!, 1000, "exact");
      // Prefix hits keep code order: the category, then its subcategories and codes, as in the tabular list.
      const prefixed = this.withPrefix(bare).filter((entry) => entry.code !== bare && allowed(entry));
      prefixed.slice(0, limit * 4).forEach((entry, index) => add(entry, 900 - index * 0.01, "prefix"));
    }
    if (parts.length > 1 && codeParts.length === 1) {
      // "E11 hyperglycemia", "S83.2 medial right": words within a code's branch.
      const prefix = normalizeCode(codeParts[0]!) ?? codeParts[0]!.toUpperCase().replace(".", "");
      const inBranch = (entry: IndexedCode) => entry.code.startsWith(prefix) && allowed(entry);
      const rest = parts.filter((part) => part !== codeParts[0]).join(" ") + (/\s$/.test(query) ? " " : "");
      this.searchWords(rest, limit, (entry, score) => add(entry, score + 300, "words"), inBranch);
      if (hits.size === 0) for (const entry of this.withPrefix(prefix).filter(allowed).slice(0, limit)) add(entry, 900, "prefix");
    }
    if (hits.size < limit && /[a-z]/i.test(trimmed)) this.searchWords(query, limit, add, allowed);
    return [...hits.values()]
      .sort((a, b) => b.score - a.score || Number(b.entry.billable) - Number(a.entry.billable) || (a.entry.code < b.entry.code ? -1 : 1))
      .slice(0, limit);
  }

  private lowerBound(prefix: string): number {
    let low = 0;
    let high = this.sortedCodes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sortedCodes[middle]!.code < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private searchWords(query: string, limit: number, add: (entry: IndexedCode, score: number, match: MatchKind) => void, allowed: (entry: IndexedCode) => boolean) {
    const raw = words(query);
    const tokens = raw.map(stem);
    if (tokens.length === 0) return;
    const typingLastWord = !/\s$/.test(query);
    for (const variant of this.expandSynonyms(tokens, raw)) {
      for (const code of variant.boostCodes) {
        const bare = code.replace(".", "");
        for (const id of this.byCode.get(bare) ?? []) add(this.entries[id]!, 600, "words");
      }
      if (variant.tokens.length === 0) continue;
      const groups = variant.tokens.map((token, index) =>
        this.alternativesFor(token, variant.surface[index] ?? token, typingLastWord && index === variant.tokens.length - 1 && !variant.fromSynonym[index]),
      );
      this.scoreGroups(groups, limit, add, allowed);
    }
  }

  /** The query as typed, plus versions with chart shorthand ("HTN", "broken wrist") replaced by index words. */
  private expandSynonyms(tokens: string[], surface: string[]): { tokens: string[]; surface: string[]; fromSynonym: boolean[]; boostCodes: string[] }[] {
    const variants = [{ tokens, surface, fromSynonym: tokens.map(() => false), boostCodes: [] as string[] }];
    for (let length = Math.min(this.longestSynonym, tokens.length); length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) {
        const synonym = this.synonyms.get(tokens.slice(start, start + length).join(" "));
        if (!synonym) continue;
        for (const meaning of synonym.means.length ? synonym.means : [""]) {
          if (variants.length >= MAX_VARIANTS) break;
          const replacementSurface = words(meaning);
          const replacement = replacementSurface.map(stem);
          variants.push({
            tokens: [...tokens.slice(0, start), ...replacement, ...tokens.slice(start + length)],
            surface: [...surface.slice(0, start), ...replacementSurface, ...surface.slice(start + length)],
            fromSynonym: [...tokens.slice(0, start).map(() => false), ...replacement.map(() => true), ...tokens.slice(start + length).map(() => false)],
            boostCodes: synonym.codes ?? [],
          });
        }
      }
    }
    return variants;
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
          alternatives.push({ token: word, weight: Math.min(0.75 * rarity(word), 0.9 * (exactWeight ?? Infinity)) });
          added++;
        }
      }
    }
    if (alternatives.length === 0 && token.length >= 4 && !/^\d+$/.test(token)) {
      // A misspelt word: index words of similar length with the same first letter (typos rarely hit the first
      // letter), each weighted the same whatever its rarity, with a nudge towards the more common spelling.
      const maxDistance = surface.length >= 7 ? 2 : 1;
      const best = new Map<string, number>();
      for (let length = surface.length - maxDistance; length <= surface.length + maxDistance; length++) {
        for (const word of this.surfaceBuckets.get(`${surface[0]}${length}`) ?? []) {
          const distance = boundedDistance(surface, word, maxDistance);
          if (distance > maxDistance) continue;
          const stemmed = stem(word);
          const commonness = Math.log10(1 + this.postings.get(stemmed)!.length);
          // Typo guesses weigh the same whatever their rarity, nudged towards the commoner spelling.
          const weight = 6 * ((distance === 1 ? 0.7 : 0.55) + 0.05 * commonness);
          if (weight > (best.get(stemmed) ?? 0)) best.set(stemmed, weight);
        }
      }
      if (best.size === 0) {
        // Nothing with the same first letter ("neumonia"): look once more, this time at every first letter.
        for (const [key, bucket] of this.surfaceBuckets) {
          const length = Number(key.slice(1));
          if (Math.abs(length - surface.length) > 1) continue;
          for (const word of bucket) {
            if (boundedDistance(surface, word, 1) > 1) continue;
            const stemmed = stem(word);
            best.set(stemmed, Math.max(best.get(stemmed) ?? 0, 6 * (0.6 + 0.05 * Math.log10(1 + this.postings.get(stemmed)!.length))));
          }
        }
      }
      for (const [word, weight] of best) alternatives.push({ token: word, weight });
    }
    // An entry counts once per query word, with its best-weighted spelling: try the heaviest first.
    return alternatives.sort((a, b) => b.weight - a.weight);
  }

  /**
   * What coders reach for when the words alone do not decide: a billable code, the initial encounter of a
   * 7th-character family, and a description that starts with the first word looked for ("Pneumonia, unspecified").
   */
  private habitBonus(id: number, firstGroup: TermAlternative[]): number {
    const entry = this.entries[id]!;
    let bonus = entry.billable ? 0.5 : 0;
    if (entry.system === "icd10cm" && entry.code.length === 7 && entry.code.endsWith("A")) bonus += 1;
    const firstWord = stem(words(entry.description)[0] ?? "");
    if (firstGroup.some((alternative) => alternative.token === firstWord)) bonus += 1.5;
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
   * Scores entries that match every query word, or all but one at a cost: each word adds its rarity,
   * an entry whose description is mostly the query words gains, and billable codes gain a little.
   */
  private scoreGroups(groups: TermAlternative[][], limit: number, add: (entry: IndexedCode, score: number, match: MatchKind) => void, allowed: (entry: IndexedCode) => boolean) {
    const needed = groups.filter((group) => group.length > 0).length;
    if (needed === 0) return;
    // Every word should match; one may be missing (a typo too far gone, a word the index lacks), at a cost.
    const minimum = needed >= 2 ? needed - 1 : needed;
    const score = this.scratchScore;
    const matched = this.scratchMatched;
    const lastGroup = this.scratchGroup;
    const touched: number[] = [];
    // Rare words first: when every word must match, only entries found by the first group can qualify.
    const ordered = groups
      .map((alternatives, index) => ({ alternatives, index, size: alternatives.reduce((sum, alternative) => sum + this.postings.get(alternative.token)!.length, 0) }))
      .filter((group) => group.alternatives.length > 0)
      .sort((a, b) => a.size - b.size);
    ordered.forEach(({ alternatives, index: groupIndex }, position) => {
      const mayAddNew = position <= needed - minimum;
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
    for (const id of touched) {
      if (matched[id]! >= minimum && allowed(this.entries[id]!)) {
        const coverage = matched[id]! / Math.max(this.tokenCounts[id]!, 1);
        const total = 100 + score[id]! + 4 * coverage - (needed - matched[id]!) * 6 + this.habitBonus(id, ordered[0]!.alternatives);
        keepBest(best, { id, score: total }, limit);
      }
      score[id] = 0;
      matched[id] = 0;
      lastGroup[id] = -1;
    }
    for (const { id, score: total } of best) add(this.entries[id]!, total, "words");
  }
}

/** Keeps the `limit` highest scores in `best`, sorted high to low, ties broken by entry order (code order). */
function keepBest(best: { id: number; score: number }[], candidate: { id: number; score: number }, limit: number) {
  if (best.length === limit && candidate.score <= best[limit - 1]!.score) return;
  let index = best.length;
  while (index > 0 && (best[index - 1]!.score < candidate.score || (best[index - 1]!.score === candidate.score && best[index - 1]!.id > candidate.id))) index--;
  best.splice(index, 0, candidate);
  if (best.length > limit) best.pop();
}
