import { describe, expect, it } from "vitest";
import { diagnosisStatus, EXTERNAL_CAUSE_POLICY, isExternalCauseCode } from "@/lib/coding/key-policy";
import { findCitations, findGuidelineSection, normaliseSectionId } from "@/lib/content/guideline-sections";
import { loadCases } from "@/lib/content/load-cases";
import type { ChartCase } from "@/lib/content/schemas";

const cases = loadCases();
const chartOf = (chartCase: ChartCase) => chartCase.documents.map((document) => document.text).join("\n");
const acceptedCodes = (chartCase: ChartCase) => new Set(chartCase.key.diagnoses.flatMap((line) => [line.code, ...line.alternates]));
const notes = (chartCase: ChartCase) => (chartCase.keyNotes ?? []).join(" ");

describe("one policy per rule across the case library", () => {
  it("gives every external-cause line the same status, optional, unless the case's payer requires external causes", () => {
    const lines = cases.flatMap((chartCase) => chartCase.key.diagnoses.filter((line) => isExternalCauseCode(line.code)).map((line) => ({ chartCase, line })));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const { chartCase, line } of lines) {
      const expected = chartCase.payer?.requiresExternalCause ? EXTERNAL_CAUSE_POLICY.whenPayerRequires : EXTERNAL_CAUSE_POLICY.defaultStatus;
      expect(diagnosisStatus(line, chartCase.payer), `${chartCase.id} ${line.code}`).toBe(expected);
      // The file must not say otherwise: the policy decides, so a line that claims "required" would mislead an editor.
      if (line.status !== undefined) expect(line.status, `${chartCase.id} ${line.code} marks a status the policy overrides`).toBe(expected);
    }
  });

  it("never lists an external cause first", () => {
    for (const chartCase of cases) expect(isExternalCauseCode(chartCase.key.diagnoses[0]!.code), chartCase.id).toBe(false);
  });

  it("accepts an external cause in every injury case whose chart documents how the injury happened, or says in the case why not", () => {
    const mechanism = /\b(fell|fall|tripped|slipped|lifting|cut|struck|playing|twisting|rolled|landing|basketball|soccer|ladder|ice)\b/i;
    const offenders = cases.filter((chartCase) => {
      const initialInjury = chartCase.key.diagnoses.some((line) => /^S.*A$/.test(line.code));
      if (!initialInjury || !mechanism.test(chartOf(chartCase))) return false;
      const accepts = [...acceptedCodes(chartCase)].some(isExternalCauseCode);
      return !accepts && !/external cause/i.test(notes(chartCase));
    });
    expect(offenders.map((chartCase) => chartCase.id)).toEqual([]);
  });

  // Documentation that one case's key codes must not be unsupported in another's: the same words, the same codes.
  const DOCUMENTATION_RULES: { name: string; applies: (chartCase: ChartCase) => boolean; accepts: RegExp }[] = [
    {
      name: "type 2 diabetes on an oral drug: the long-term oral hypoglycemic Z code (Section I.C.4.a.3)",
      applies: (chartCase) => [...acceptedCodes(chartCase)].some((code) => code.startsWith("E11")) && /\b(metformin|glipizide|empagliflozin|sitagliptin)\b/i.test(chartOf(chartCase)),
      accepts: /^Z79\.84$/,
    },
    {
      name: "a prescribed drug stopped, run out of or doses missed: an underdosing code (Section I.C.19.e.5(c))",
      applies: (chartCase) => /(stopped \w+ \d+ mg|running out of|admits\s+missing|not taking x)/i.test(chartOf(chartCase)),
      accepts: /^T\d\d\.\w\w6A$/,
    },
    {
      name: "a documented family history of the disease screened for or biopsied: the family history Z code",
      applies: (chartCase) => /\b(father|mother) with (melanoma|breast cancer)\b|FHx?:? .*(breast|melanoma)/i.test(chartOf(chartCase)),
      accepts: /^Z80\./,
    },
  ];

  it.each(DOCUMENTATION_RULES.map((rule) => [rule.name, rule] as const))("%s", (_, rule) => {
    const applies = cases.filter(rule.applies);
    expect(applies.length).toBeGreaterThan(0);
    const missing = applies.filter((chartCase) => ![...acceptedCodes(chartCase)].some((code) => rule.accepts.test(code)) && !notes(chartCase));
    expect(missing.map((chartCase) => chartCase.id)).toEqual([]);
  });

  it("does not leave unaccepted, in one case, a code that another case accepts for the same quoted words", () => {
    // The evidence a key quotes for a code, wherever it appears word for word in another chart, must come with that
    // code there too, or with a code of the same category that the rest of that chart makes more specific
    // (tripped on a rug, then struck a glass table: W01.110A rather than W01.0XXA).
    const problems: string[] = [];
    for (const source of cases) {
      for (const line of source.key.diagnoses) {
        for (const quote of line.evidence.filter((text) => text.length >= 24)) {
          for (const other of cases) {
            if (other === source || !chartOf(other).includes(quote)) continue;
            if (![...acceptedCodes(other)].some((code) => code.slice(0, 3) === line.code.slice(0, 3))) problems.push(`${other.id} documents "${quote}" but does not accept ${line.code} (as ${source.id} does)`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("every rationale names the rule it relies on", () => {
  const lines = cases.flatMap((chartCase) => [
    ...chartCase.key.diagnoses.map((line) => ({ chartCase, line, kind: "diagnosis" as const })),
    ...chartCase.key.procedures.map((line) => ({ chartCase, line, kind: "procedure" as const })),
  ]);

  it("cites an FY2026 ICD-10-CM Official Guidelines section in every diagnosis rationale", () => {
    const uncited = lines.filter(({ kind, line }) => kind === "diagnosis" && findCitations(line.rationale).length === 0);
    expect(uncited.map(({ chartCase, line }) => `${chartCase.id} ${line.id}`)).toEqual([]);
  });

  it("cites only sections that exist in the guidelines' index, anywhere in a case", () => {
    const unknown: string[] = [];
    for (const chartCase of cases) {
      const texts = [...chartCase.key.diagnoses, ...chartCase.key.procedures].map((line) => line.rationale).concat(chartCase.keyNotes ?? [], chartCase.teachingPoints);
      for (const text of texts) for (const citation of findCitations(text)) if (!findGuidelineSection(citation.id)) unknown.push(`${chartCase.id}: Section ${citation.cited}`);
    }
    expect(unknown).toEqual([]);
  });

  it("names its source in words in every CPT and HCPCS rationale (CPT guidelines, NCCI, a CMS manual, a HCPCS descriptor, a DME MAC policy)", () => {
    const source = /Source: .*(CPT|NCCI|CMS|HCPCS|DME MAC|Medicare)/;
    const unsourced = lines.filter(({ kind, line }) => kind === "procedure" && !source.test(line.rationale));
    expect(unsourced.map(({ chartCase, line }) => `${chartCase.id} ${line.id}`)).toEqual([]);
  });

  it("reads citations the way coders write them", () => {
    expect(normaliseSectionId("I.C.19.e.5(c)")).toBe("I.C.19.e.5.c");
    expect(findCitations("See Sections IV.H and IV.D, and Section I.C.19.e.5(c).").map((citation) => [citation.id, citation.title])).toEqual([
      ["IV.H", "Uncertain diagnosis"],
      ["IV.D", "Codes that describe symptoms and signs"],
      ["I.C.19.e.5.c", "Underdosing"],
    ]);
    expect(findCitations("Section I.C.99.z")).toEqual([{ cited: "I.C.99.z", id: "I.C.99.z", title: null, page: null }]);
  });
});
