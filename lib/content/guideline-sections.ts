import index from "@/content/guidelines/icd10cm-fy2026-sections.json";

/** One section of the FY2026 ICD-10-CM Official Guidelines: "I.C.19.e.5.c", its heading and printed page. */
export type GuidelineSection = { id: string; title: string; page: number };

/** A citation found in a rationale, as written ("I.C.19.e.5(c)") and resolved to the index ("I.C.19.e.5.c"). */
export type GuidelineCitation = { cited: string; id: string; title: string | null; page: number | null };

export const GUIDELINE_SOURCE = "FY2026 ICD-10-CM Official Guidelines for Coding and Reporting";

const sections = new Map((index.sections as GuidelineSection[]).map((section) => [section.id, section]));

export function findGuidelineSection(id: string): GuidelineSection | undefined {
  return sections.get(id);
}

// "Section I.C.19.e.5(c)", "Sections IV.H and IV.D", "Sections I.B.13, I.C.19.a and I.A.4", "Section III".
const SECTION_ID = String.raw`(?:Appendix I|(?:IV|III|II|I)(?:\.[A-Za-z0-9]{1,2}|\([a-z]{1,3}\))*)`;
const CITATION = new RegExp(String.raw`Sections?\s+(${SECTION_ID}(?:\s*(?:,|and)\s*${SECTION_ID})*)`, "g");

/** "I.C.19.e.5(c)" and "I.C.19.e.5.(c)." both name "I.C.19.e.5.c". */
export function normaliseSectionId(cited: string): string {
  return cited.replace(/\.$/, "").replace(/\.?\(([a-z]{1,3})\)/g, ".$1");
}

/** Every guideline section a text cites, each once, in order, with its heading when the index has it. */
export function findCitations(text: string): GuidelineCitation[] {
  const found = new Map<string, GuidelineCitation>();
  for (const match of text.matchAll(CITATION)) {
    for (const part of match[1]!.split(/\s*(?:,|\band\b)\s*/)) {
      const cited = part.trim().replace(/\.$/, "");
      if (!cited) continue;
      const id = normaliseSectionId(cited);
      const section = sections.get(id);
      if (!found.has(id)) found.set(id, { cited, id, title: section?.title ?? null, page: section?.page ?? null });
    }
  }
  return [...found.values()];
}
