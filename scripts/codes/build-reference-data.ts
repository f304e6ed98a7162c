// npm run codes:reference-data [-- <folder>]: derives the small reference files the code pages use from the official
// CDC/CMS documents in ../shared/data (or <folder>), which are not committed themselves:
//   content/codes/icd10cm-fy2026-changes.json    from icd10cm_order_addenda_2026.txt: codes added, revised (with the
//                                                previous description), turned into headers, and deleted for FY2026;
//   content/codes/icd10cm-guideline-sections.json from icd10cm_guidelines_fy2026.pdf (table of contents, read with
//                                                pdftotext from poppler-utils): each chapter's Section I.C part and page.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runCommand, UsageError } from "../run-command";

const dataDir = path.resolve(process.argv[2] ?? path.join("..", "shared", "data"));
const ADDENDA = path.join(dataDir, "icd10cm_order_addenda_2026.txt");
const GUIDELINES = path.join(dataDir, "icd10cm_guidelines_fy2026.pdf");

type Change = { action: string; billable: boolean; code: string; description: string };

function readAddenda(file: string): Change[] {
  const changes: Change[] = [];
  for (const raw of fs.readFileSync(file, "latin1").split(/\r?\n/)) {
    const action = raw.slice(0, 13).trim();
    if (!/^(Add|Delete|Revise from|Revise to):$/.test(action)) continue;
    const code = raw.slice(15, 22).trim();
    if (!/^[A-Z][0-9A-Z]{2,6}$/.test(code)) throw new UsageError(`${file}: unexpected code '${code}' in: ${raw}`);
    changes.push({ action: action.slice(0, -1), billable: raw[13] === "1", code, description: raw.slice(84).trim() });
  }
  return changes;
}

function buildChanges(changes: Change[]) {
  const added: string[] = [];
  const nowHeader: string[] = [];
  const deleted: Record<string, string> = {};
  const revised: Record<string, { from: string; to: string }> = {};
  const addedCodes = new Set(changes.filter((change) => change.action === "Add").map((change) => change.code));
  for (const [index, change] of changes.entries()) {
    if (change.action === "Add") {
      const wasDeleted = changes.some((other) => other.action === "Delete" && other.code === change.code);
      if (wasDeleted) nowHeader.push(change.code);
      else added.push(change.code);
    } else if (change.action === "Delete" && !addedCodes.has(change.code)) {
      deleted[change.code] = change.description;
    } else if (change.action === "Revise from") {
      const to = changes[index + 1];
      if (to?.action !== "Revise to" || to.code !== change.code) throw new UsageError(`Revise from ${change.code} is not followed by its Revise to`);
      revised[change.code] = { from: change.description, to: to.description };
    }
  }
  return { added: added.sort(), nowHeader: nowHeader.sort(), revised, deleted };
}

function readGuidelineSections(file: string) {
  const result = spawnSync("pdftotext", ["-layout", "-l", "6", file, "-"], { encoding: "utf8" });
  if (result.status !== 0) throw new UsageError(`pdftotext could not read ${file} (install poppler-utils): ${result.stderr || result.error?.message}`);
  const lines = result.stdout.split("\n");
  const sections: { chapter: number; section: string; title: string; page: number }[] = [];
  lines.forEach((line, index) => {
    const match = /^\s*(\d{1,2})\.\s+Chapter (\d{1,2}):\s*(.*)$/.exec(line);
    if (!match) return;
    // A long title runs on to the next line; the page number ends the entry after a run of dots.
    let text = match[3]!;
    if (!/\.{3,}\s*\d+\s*$/.test(text) && !/\)\s+\d+\s*$/.test(text)) text += ` ${lines[index + 1]!.trim()}`;
    const page = Number(/(\d+)\s*$/.exec(text)?.[1]);
    const title = text
      .replace(/\s*\.{2,}.*$/, "")
      .replace(/\s+\d+\s*$/, "")
      .replace(/\s+/g, " ")
      .replace(/(\w)- (\w)/g, "$1-$2")
      .trim();
    sections.push({ chapter: Number(match[2]), section: `I.C.${match[1]}`, title, page });
  });
  if (sections.length < 21) throw new UsageError(`Found ${sections.length} chapter sections in the guidelines' contents; expected 22.`);
  return sections;
}

runCommand(async () => {
  for (const file of [ADDENDA, GUIDELINES]) if (!fs.existsSync(file)) throw new UsageError(`Not found: ${file} (official CDC/CMS file, not committed).`);
  const changes = buildChanges(readAddenda(ADDENDA));
  const changesFile = path.join("content", "codes", "icd10cm-fy2026-changes.json");
  fs.writeFileSync(
    changesFile,
    `${JSON.stringify(
      {
        source: "CDC/CMS icd10cm_order_addenda_2026.txt (FY2025 to FY2026 changes, October 1, 2025 release), derived by scripts/codes/build-reference-data.ts",
        fiscalYear: 2026,
        ...changes,
      },
      null,
      1,
    )}\n`,
  );
  console.log(
    `${changesFile}: ${changes.added.length} added, ${Object.keys(changes.revised).length} revised, ${changes.nowHeader.length} now headers, ${Object.keys(changes.deleted).length} deleted.`,
  );
  const sections = readGuidelineSections(GUIDELINES);
  const sectionsFile = path.join("content", "codes", "icd10cm-guideline-sections.json");
  fs.writeFileSync(
    sectionsFile,
    `${JSON.stringify(
      {
        source: "ICD-10-CM Official Guidelines for Coding and Reporting FY2026 (CMS/NCHS), table of contents; derived by scripts/codes/build-reference-data.ts",
        fiscalYear: 2026,
        sections,
      },
      null,
      1,
    )}\n`,
  );
  console.log(`${sectionsFile}: ${sections.length} chapter sections.`);
});
