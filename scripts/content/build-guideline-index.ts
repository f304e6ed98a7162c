/**
 * Builds content/guidelines/icd10cm-fy2026-sections.json, the list of sections (id, title, page) of the FY2026
 * ICD-10-CM Official Guidelines for Coding and Reporting, from the official PDF, so case rationales can cite a
 * section and a test can check that it exists. The PDF is read from ../shared/data (never committed); the index
 * is committed. Needs pdftotext (Debian package poppler-utils).
 *
 *   npm run content:guidelines [-- path/to/icd10cm_guidelines_fy2026.pdf]
 *
 * Sections to the lettered level (I.C.19.e) come from the table of contents; the numbered items and lettered
 * sub-items under them (I.C.19.e.5, I.C.19.e.5.c) from the headings of the text, accepted only in sequence.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Section = { id: string; title: string; page: number };

const DEFAULT_PDF = path.resolve(process.cwd(), "../shared/data/icd10cm_guidelines_fy2026.pdf");
const OUTPUT = path.resolve(process.cwd(), "content/guidelines/icd10cm-fy2026-sections.json");

const clean = (text: string) => text.replace(/\s+/g, " ").replace(/[.\s]+$/, "").replace(/\s*\.{3,}.*$/, "").trim();

function pageOf(pages: string[]): (lineIndex: number) => number {
  // Printed page numbers ("Page 12 of 121") for each line, by the page the line is on.
  const starts: { line: number; printed: number }[] = [];
  let line = 0;
  pages.forEach((page, index) => {
    const printed = Number(/Page (\d+) of \d+/.exec(page)?.[1] ?? index + 1);
    starts.push({ line, printed });
    line += page.split("\n").length - 1;
  });
  return (lineIndex) => {
    let printed = 1;
    for (const start of starts) if (start.line <= lineIndex) printed = start.printed;
    return printed;
  };
}

/** The table of contents: every entry with its label, joined over wrapped lines, to its id. */
function parseContents(lines: string[]): { sections: Section[]; end: number } {
  const sections: Section[] = [];
  const path: { level: number; label: string }[] = [];
  let end = 0;
  let pending = "";
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    if (/Page \d+ of \d+|Official Guidelines for Coding and Reporting\s*$|^\s*FY 2026\s*$/.test(raw) && !pending) continue;
    const text = (pending ? `${pending} ${raw.trim()}` : raw.trim()).replace(/\s+/g, " ");
    if (!text) continue;
    const page = /(?:\.{2,}|\s)\s*(\d{1,3})\s*$/.exec(text);
    const labelled = /^(Section (I|II|III|IV)\.|Appendix I\b|[A-Z]\.|\d{1,2}\.|[a-z]\.)/.test(text);
    if (!labelled) {
      if (sections.length > 0 && sections.at(-1)!.id === "Appendix I") break;
      continue;
    }
    if (!page) {
      pending = text;
      continue;
    }
    pending = "";
    const entry = text.slice(0, page.index).replace(/\.{2,}.*$/, "");
    let level: number;
    let label: string;
    let title: string;
    let match: RegExpExecArray | null;
    if ((match = /^Section (I|II|III|IV)\.\s*(.*)$/.exec(entry))) [level, label, title] = [0, match[1]!, match[2]!];
    else if ((match = /^Appendix I\s*(.*)$/.exec(entry))) [level, label, title] = [0, "Appendix I", match[1] || "Present on Admission Reporting Guidelines"];
    else if ((match = /^([A-Z])\.\s*(.*)$/.exec(entry))) [level, label, title] = [1, match[1]!, match[2]!];
    else if ((match = /^(\d{1,2})\.\s*(.*)$/.exec(entry))) [level, label, title] = [2, match[1]!, match[2]!];
    else if ((match = /^([a-z])\.\s*(.*)$/.exec(entry))) [level, label, title] = [3, match[1]!, match[2]!];
    else continue;
    // Section II, III and IV have no numbered level between their capital letters and the numbers.
    while (path.length > 0 && path.at(-1)!.level >= level) path.pop();
    path.push({ level, label });
    sections.push({ id: path.map((part) => part.label).join("."), title: clean(title), page: Number(page[1]) });
    end = index;
    if (label === "Appendix I") {
      // The appendix title sits on the next line.
      const next = lines[index + 1]?.trim() ?? "";
      const appendixTitle = /^(.*?)\s*\.{3,}\s*\d+$/.exec(next)?.[1];
      if (appendixTitle) sections.at(-1)!.title = clean(appendixTitle);
      end = index + 1;
      break;
    }
  }
  return { sections, end };
}

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/** A heading that wraps ("… insulin, oral hypoglycemics," / "and injectable non-insulin drugs") read to its end. */
function headingAt(lines: string[], index: number, first: string): string {
  let title = first;
  for (let next = index + 1; next < lines.length && /(,|\b(and|or|of|as|in|with|the|for|to))$/.test(title); next++) {
    const text = lines[next]!.trim().replace(/\s+/g, " ");
    if (!text || /^(\d{1,2}\)|\([a-z]{1,4}\)|[a-z]\.)\s/.test(text)) break;
    title = `${title} ${text}`;
  }
  return clean(title);
}

/** Numbered items "5) …" under each lettered section, and "(c) …" under those, found in order in the text. */
function parseBody(lines: string[], start: number, contents: Section[], pageAt: (line: number) => number): Section[] {
  const found: Section[] = [];
  // Where each lettered section's heading is in the text, in order.
  const positions: { section: Section; line: number }[] = [];
  let cursor = start;
  for (const section of contents) {
    const label = section.id.split(".").at(-1)!;
    const head = clean(section.title).slice(0, 18).toLowerCase();
    for (let index = cursor; index < lines.length; index++) {
      const text = lines[index]!.trim().replace(/\s+/g, " ");
      if (text.toLowerCase().startsWith(`${label.toLowerCase()}. ${head}`.slice(0, label.length + 2 + head.length)) || (section.id.split(".").length === 1 && text.startsWith(`Section ${label}.`))) {
        positions.push({ section, line: index });
        cursor = index + 1;
        break;
      }
    }
  }
  positions.forEach((position, at) => {
    if (!/^[a-z]$/.test(position.section.id.split(".").at(-1)!)) return;
    const stop = positions[at + 1]?.line ?? lines.length;
    let number = 0;
    let letter = -1;
    let numberId = "";
    for (let index = position.line + 1; index < stop; index++) {
      const text = lines[index]!.trim().replace(/\s+/g, " ");
      const numbered = /^(\d{1,2})\)\s+(\S.*)$/.exec(text);
      if (numbered && Number(numbered[1]) === number + 1) {
        number++;
        letter = -1;
        numberId = `${position.section.id}.${number}`;
        found.push({ id: numberId, title: headingAt(lines, index, numbered[2]!), page: pageAt(index) });
        continue;
      }
      const lettered = /^\(([a-z]{1,4})\)\s+(\S.*)$/.exec(text);
      if (lettered && numberId) {
        const wanted = String.fromCharCode(97 + letter + 1);
        // "(i)" after "(h)" is a letter; "(i)" anywhere else starts a roman-numbered level, which is not indexed.
        if (lettered[1] === wanted) {
          letter++;
          found.push({ id: `${numberId}.${wanted}`, title: headingAt(lines, index, lettered[2]!), page: pageAt(index) });
        } else if (!ROMAN.includes(lettered[1]!)) {
          continue;
        }
      }
    }
  });
  return found;
}

function main() {
  const pdf = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_PDF;
  if (!fs.existsSync(pdf)) {
    console.error(`${pdf} not found. It is the official CMS/NCHS file, read from ../shared/data and never committed.`);
    process.exit(1);
  }
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split("\f");
  const lines = text.split("\n").map((line) => line.replace(/\f/g, ""));
  const pageAt = pageOf(pages);
  const { sections: contents, end } = parseContents(lines);
  const deeper = parseBody(lines, end + 1, contents, pageAt);
  const order = new Map(contents.map((section, index) => [section.id, index]));
  const parentIndex = (id: string) => order.get(id.split(".").slice(0, 4).join(".")) ?? Number.MAX_SAFE_INTEGER;
  const sections = [...contents.map((section, index) => ({ section, sort: [index, 0] })), ...deeper.map((section, index) => ({ section, sort: [parentIndex(section.id), index + 1] }))]
    .sort((a, b) => a.sort[0]! - b.sort[0]! || a.sort[1]! - b.sort[1]!)
    .map((entry) => entry.section);
  const ids = new Set<string>();
  for (const section of sections) {
    if (ids.has(section.id)) throw new Error(`section ${section.id} found twice`);
    ids.add(section.id);
  }
  const index = {
    source: "ICD-10-CM Official Guidelines for Coding and Reporting FY 2026 (October 1, 2025 – September 30, 2026), CMS and NCHS",
    file: path.basename(pdf),
    generatedBy: "scripts/content/build-guideline-index.ts",
    sections,
  };
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, `${JSON.stringify(index, null, 1)}\n`);
  console.log(`${sections.length} sections (${contents.length} from the contents, ${deeper.length} from the text) written to ${path.relative(process.cwd(), OUTPUT)}`);
}

main();
