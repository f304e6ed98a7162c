import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { loadCaseAliases, loadCases } from "@/lib/content/load-cases";
import type { ChartCase } from "@/lib/content/schemas";

const cases = loadCases();

/** Every code and modifier a key line or its alternates name, as a learner might find it written. */
function keyTokens(chartCase: ChartCase): { codes: string[]; modifiers: string[] } {
  const codes = new Set<string>();
  const modifiers = new Set<string>();
  for (const line of chartCase.key.diagnoses) for (const code of [line.code, ...line.alternates]) [code, code.replace(".", "")].forEach((form) => codes.add(form));
  for (const line of chartCase.key.procedures) {
    for (const accepted of [line, ...line.alternates]) {
      codes.add(accepted.code);
      accepted.modifiers.forEach((modifier) => modifiers.add(modifier));
    }
  }
  return { codes: [...codes], modifiers: [...modifiers] };
}

/** Where a case's public face (id, title, summary) names one of its key's codes or modifiers. */
export function revealedCodes(chartCase: ChartCase): string[] {
  const { codes, modifiers } = keyTokens(chartCase);
  const found: string[] = [];
  const fields = { id: chartCase.id.replaceAll("-", " "), title: chartCase.title, summary: chartCase.summary };
  for (const [field, text] of Object.entries(fields)) {
    const upper = ` ${text.toUpperCase()} `;
    for (const code of codes) if (new RegExp(`[^A-Z0-9.]${code.replace(".", "\\.")}[^A-Z0-9]`).test(upper)) found.push(`${field} names ${code}`);
    for (const modifier of modifiers) if (new RegExp(`\\b(MODIFIER|MOD)\\s*${modifier}\\b|-${modifier}\\b|\\b${modifier}\\s+MODIFIER`).test(upper)) found.push(`${field} names modifier ${modifier}`);
  }
  return found;
}

// Words that name the coding decision a case exists to test: a level, a component, a modifier, a rule.
const APPROACH = /\b(als ?1|als ?2|bls|mdm|modifier|mod ?\d\d|technical component|interpretation only|total time|billed on|global|capped rental|custom fitted|custom-fitted|us guided|ultrasound-guided|consistent with|new patient|intermediate repair|tangential|xs|59|tc|26)\b/i;

describe("cases do not give the answer away", () => {
  it("no id, title or summary names a code or modifier of its own key", () => {
    expect(cases.flatMap((chartCase) => revealedCodes(chartCase).map((problem) => `${chartCase.id}: ${problem}`))).toEqual([]);
  });

  it("no id or title names the decision the case tests (a level, a component, a modifier, a billing rule)", () => {
    const offenders = cases.flatMap((chartCase) =>
      [chartCase.id.replaceAll("-", " "), chartCase.title].filter((text) => APPROACH.test(text)).map((text) => `${chartCase.id}: "${text}" (${APPROACH.exec(text)![0]})`),
    );
    expect(offenders).toEqual([]);
  });

  it("catches a revealing id and summary", () => {
    const chest = cases.find((chartCase) => chartCase.id === "ed-chest-pressure-workup")!;
    const revealing = { ...chest, id: "ed-chest-pain-observation-99285", summary: "Code R07.89 and add modifier 26." };
    expect(revealedCodes(revealing)).toEqual(["id names 99285", "summary names R07.89"]);
    expect(APPROACH.test("ed-chest-pain-observation-99285 billed on total time".replaceAll("-", " "))).toBe(true);
  });

  it("keeps every renamed case reachable by its old id, and the data migration moves stored rows to the new id", () => {
    const aliases = loadCaseAliases(cases);
    expect(aliases.size).toBeGreaterThanOrEqual(20);
    expect(aliases.get("ed-chest-pain-observation-99285")).toBe("ed-chest-pressure-workup");
    const migration = fs.readFileSync(path.join(CONTENT_DIR, "..", "prisma", "migrations", "20261128200000_rename_revealing_case_ids", "migration.sql"), "utf8");
    for (const [oldId, newId] of aliases) {
      for (const table of ["CodingDraft", "CodingAttempt", "KeyDispute"]) {
        expect(migration, `${table} ${oldId}`).toContain(`UPDATE "${table}" SET "caseId" = '${newId}' WHERE "caseId" = '${oldId}';`);
      }
    }
  });
});
