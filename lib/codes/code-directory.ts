import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { loadCptSummaries, loadSynonyms } from "@/lib/content/load-code-content";
import { CPT_SECTIONS } from "@/lib/content/schemas";
import { loadCodeChanges, loadGuidelineSections, type CodeChange, type GuidelineSection } from "@/lib/codes/code-reference-data";
import { parseBillingUnit, unitsForCode } from "@/lib/codes/dose-units";
import { ancestorsOf, chapterFor, seventhCharacterChoices } from "@/lib/codes/icd10cm-hierarchy";
import { formatCode, normalizeCode } from "@/lib/codes/normalize-code";
import { CodeSearchIndex, type IndexedCode, type SearchOptions } from "@/lib/codes/search-index";
import type { CodeRecord, CodeSystem } from "@/lib/codes/types";

export type CodePathStep = { level: "chapter" | "block" | "section" | "category" | "subcategory" | "code"; label: string; title: string; code?: string };

export type CodeSummary = {
  code: string;
  system: CodeSystem;
  description: string;
  billable: boolean;
  terminated: boolean;
  kind: "code" | "modifier";
  path: CodePathStep[];
  /** Only when the search text named a dose and the code is billed per an amount: the units that dose bills as. */
  units?: DoseUnits;
};

export type DoseUnits = { units: number; exact: boolean; explanation: string; dose: string; perUnit: string };

export const DESCENDANTS_PAGE_SIZE = 50;

export type CodeDetail = CodeSummary & {
  parents: CodeSummary[];
  children: CodeSummary[];
  seventhCharacters: { character: string; code: string; meaning: string }[];
  /** Every billable code under a header, a page at a time, in code order; `total` counts them all. */
  billableDescendants: { total: number; page: number; pageSize: number; pages: number; items: CodeSummary[] };
  descriptionSource: "official" | "chartwise-summary";
  /** ICD-10-CM: what the FY2026 update did to this code, and how many codes under a header it added. */
  changes?: { own?: CodeChange; addedBelow: number; revisedBelow: number; fiscalYear: number };
  /** ICD-10-CM: the chapter's part of the Official Guidelines (Section I.C.n). */
  guideline?: GuidelineSection;
  /** HCPCS: what one billing unit covers, when the descriptor names an amount ("per 15 mg"). */
  billingUnit?: string;
};

// CMS's HCPCS Level II sections, by first letter.
const HCPCS_SECTIONS: Record<string, string> = {
  A: "Transportation, medical and surgical supplies, miscellaneous",
  B: "Enteral and parenteral therapy",
  C: "Outpatient prospective payment system (temporary)",
  E: "Durable medical equipment",
  G: "Procedures and professional services (temporary)",
  H: "Alcohol and drug abuse treatment services",
  J: "Drugs administered other than orally, and chemotherapy drugs",
  K: "Durable medical equipment (temporary)",
  L: "Orthotic and prosthetic procedures and devices",
  M: "Medical services",
  P: "Pathology and laboratory services",
  Q: "Miscellaneous services (temporary)",
  R: "Diagnostic radiology services",
  S: "Temporary national codes (non-Medicare)",
  T: "National codes for state Medicaid agencies",
  U: "Coronavirus laboratory tests",
  V: "Vision, hearing and speech-language services",
};

const CPT_SECTION_TITLES: Record<(typeof CPT_SECTIONS)[number], string> = {
  "evaluation-and-management": "Evaluation and management",
  anesthesia: "Anesthesia",
  surgery: "Surgery",
  radiology: "Radiology",
  "pathology-laboratory": "Pathology and laboratory",
  medicine: "Medicine",
};

const REFRESH_CHECK_MS = 5_000;

/** Every stored code in one searchable, in-memory directory, rebuilt when an import changes the code sets. */
export class CodeDirectory {
  readonly index: CodeSearchIndex;
  // ICD-10-CM look-ups for the hierarchy, answered by the index itself rather than a second copy of the codes.
  private readonly icd = {
    has: (code: string) => this.index.get(code, "icd10cm") !== undefined,
    get: (code: string) => this.index.get(code, "icd10cm") as CodeRecord | undefined,
  };
  private readonly cptSections = new Map<string, string>();

  constructor(entries: IndexedCode[], synonyms = loadSynonyms(), cptSummaries = loadCptSummaries()) {
    this.index = new CodeSearchIndex(entries, synonyms);
    for (const summary of cptSummaries) this.cptSections.set(summary.code, CPT_SECTION_TITLES[summary.section]);
  }

  /** Search results as summaries; when the text names a dose, drug and supply codes say how many units it bills as. */
  search(query: string, options: SearchOptions = {}): CodeSummary[] {
    const withDose = /\d/.test(query);
    return this.index.search(query, options).map((hit) => {
      const summary = this.summarise(hit.entry);
      const units = withDose && hit.entry.system === "hcpcs" && hit.entry.kind === "code" ? unitsForCode(hit.entry.description, query) : null;
      return units ? { ...summary, units } : summary;
    });
  }

  summarise(entry: IndexedCode): CodeSummary {
    return {
      code: formatCode(entry.system, entry.code),
      system: entry.system,
      description: entry.description,
      billable: entry.billable,
      terminated: entry.terminated,
      kind: entry.kind === "modifier" ? "modifier" : "code",
      path: this.pathOf(entry),
    };
  }

  pathOf(entry: IndexedCode): CodePathStep[] {
    if (entry.system === "icd10cm") {
      return ancestorsOf(entry.code, this.icd).map((step): CodePathStep => {
        if (step.level === "chapter") return { level: "chapter", label: `Chapter ${step.number}`, title: `${step.title} (${step.range})` };
        if (step.level === "block") return { level: "block", label: step.range, title: step.title };
        return { level: step.level, label: formatCode("icd10cm", step.code), code: formatCode("icd10cm", step.code), title: step.title ?? "" };
      });
    }
    const own: CodePathStep = { level: "code", label: entry.code, code: entry.code, title: entry.description };
    if (entry.system === "hcpcs") {
      if (entry.kind === "modifier") return [{ level: "section", label: "Modifiers", title: "HCPCS Level II modifiers" }, own];
      return [{ level: "section", label: `${entry.code[0]} codes`, title: HCPCS_SECTIONS[entry.code[0]!] ?? "HCPCS Level II" }, own];
    }
    return [{ level: "section", label: "CPT", title: this.cptSections.get(entry.code) ?? "CPT" }, own];
  }

  /**
   * One code with its parents, direct children, 7th-character choices, for a header every billable code below it
   * (page `page` of them), and for ICD-10-CM its FY2026 changes and guideline section.
   */
  detail(codeInput: string, system?: CodeSystem, page = 1): CodeDetail {
    const bare = normalizeCode(codeInput) ?? codeInput.trim().toUpperCase().replace(".", "");
    const entry = this.index.get(bare, system);
    if (!entry) throw new DomainError("NOT_FOUND", `${codeInput.trim()} is not a code in the loaded code sets.`);
    const summary = this.summarise(entry);
    const descendants = this.index.withPrefix(entry.code, entry.system).filter((candidate) => candidate.code !== entry.code);
    const isDirectChild = (candidate: IndexedCode) => {
      for (let length = entry.code.length + 1; length < candidate.code.length; length++) {
        if (this.index.get(candidate.code.slice(0, length), entry.system)) return false;
      }
      return true;
    };
    const billable = descendants.filter((candidate) => candidate.billable && !candidate.terminated);
    const parents = summary.path
      .filter((step) => step.code && step.code !== summary.code)
      .map((step) => this.index.get(step.code!.replace(".", ""), entry.system))
      .filter((parent): parent is IndexedCode => parent !== undefined)
      .map((parent) => this.summarise(parent));
    const seventh =
      entry.system === "icd10cm" && entry.code.length <= 6 && !entry.billable
        ? seventhCharacterChoices(
            entry.code,
            descendants.filter((candidate) => candidate.code.length === 7).map((candidate) => ({ ...candidate, system: "icd10cm" as const })),
          )
        : [];
    const payable = entry.billable ? [] : billable;
    const pages = Math.max(1, Math.ceil(payable.length / DESCENDANTS_PAGE_SIZE));
    const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
    const detail: CodeDetail = {
      ...summary,
      parents,
      children: entry.system === "icd10cm" ? descendants.filter(isDirectChild).map((child) => this.summarise(child)) : [],
      seventhCharacters: seventh.map((choice) => ({ ...choice, code: formatCode("icd10cm", choice.code) })),
      billableDescendants: {
        total: payable.length,
        page: current,
        pageSize: DESCENDANTS_PAGE_SIZE,
        pages,
        items: payable.slice((current - 1) * DESCENDANTS_PAGE_SIZE, current * DESCENDANTS_PAGE_SIZE).map((child) => this.summarise(child)),
      },
      descriptionSource: entry.system === "cpt" ? "chartwise-summary" : "official",
    };
    if (entry.system === "icd10cm") {
      const changes = loadCodeChanges();
      const below = descendants.map((candidate) => changes.byCode.get(candidate.code)?.kind);
      const own = changes.byCode.get(entry.code);
      detail.changes = {
        ...(own && { own }),
        addedBelow: below.filter((kind) => kind === "added").length,
        revisedBelow: below.filter((kind) => kind === "revised").length,
        fiscalYear: changes.fiscalYear,
      };
      const chapter = chapterFor(entry.code);
      const guideline = chapter && loadGuidelineSections().find((section) => section.chapter === chapter.number);
      if (guideline) detail.guideline = guideline;
    }
    if (entry.system === "hcpcs" && entry.kind === "code") {
      const unit = parseBillingUnit(entry.description);
      if (unit && unit.dimension !== "count") detail.billingUnit = unit.phrase;
    }
    return detail;
  }
}

type DirectoryCache = { directory?: CodeDirectory; stamp?: string; checkedAt: number; loading?: Promise<CodeDirectory> };
const holder = globalThis as typeof globalThis & { __chartwiseCodeDirectory?: DirectoryCache };
const cache: DirectoryCache = (holder.__chartwiseCodeDirectory ??= { checkedAt: 0 });

async function versionStamp(db: Database): Promise<string> {
  const latest = await db.codeSetVersion.aggregate({ _max: { importedAt: true }, _count: true });
  return `${latest._count}:${latest._max.importedAt?.toISOString() ?? "none"}`;
}

async function loadDirectory(db: Database): Promise<CodeDirectory> {
  const rows = await db.code.findMany({ select: { system: true, code: true, description: true, billable: true, terminated: true, kind: true } });
  return new CodeDirectory(rows.map((row) => ({ ...row, system: row.system as CodeSystem, kind: row.kind === "modifier" ? "modifier" : "code" })));
}

function refresh(db: Database): Promise<CodeDirectory> {
  cache.loading ??= (async () => {
    const stamp = await versionStamp(db);
    if (cache.directory && stamp === cache.stamp) return cache.directory;
    const directory = await loadDirectory(db);
    cache.directory = directory;
    cache.stamp = stamp;
    return directory;
  })().finally(() => {
    cache.loading = undefined;
  });
  return cache.loading;
}

/**
 * The process's code directory. Built from the database on first use; afterwards the stored code-set versions are
 * checked in the background at most every few seconds and the directory rebuilt when they changed, so an import
 * shows up in every app instance while no search ever waits on that check.
 */
export async function getCodeDirectory(db: Database, now = Date.now()): Promise<CodeDirectory> {
  if (!cache.directory) {
    cache.checkedAt = now;
    return refresh(db);
  }
  if (now - cache.checkedAt >= REFRESH_CHECK_MS) {
    cache.checkedAt = now;
    refresh(db).catch((error: unknown) => console.error(`The code directory could not be refreshed: ${(error as Error).message}`));
  }
  return cache.directory;
}

/** Forgets the cached directory (tests that swap databases). */
export function resetCodeDirectory(): void {
  cache.directory = undefined;
  cache.stamp = undefined;
  cache.checkedAt = 0;
}
