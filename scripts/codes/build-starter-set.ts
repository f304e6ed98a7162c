// Builds the starter code set that ships with the app: content/codes/starter/.
//
//   npx tsx scripts/codes/build-starter-set.ts [--data ../shared/data]
//
// It collects every ICD-10-CM and HCPCS Level II code (and HCPCS modifier) that the chart-coding cases
// (content/cases/**/*.yaml) and the guide lessons (<CodeRef … /> in content/guide/**/*.mdx) use, plus the
// curated seed list in content/codes/starter/seed.yaml. For ICD-10-CM it adds every ancestor header and
// the siblings (other children of the same parent; for codes with a 7th character, the other 7th
// characters and the sibling laterality codes with all their 7th characters). For HCPCS it adds the
// active codes of the same 4-character family (J1885 → J188x). It then copies the selected lines of the
// official files VERBATIM (original lines, CRLF kept, original order) into the starter folder.
//
// It exits 1, listing every offending code, when a case, lesson or seed names a code the official files
// do not have (or, for a case answer, a header that cannot be billed or a terminated HCPCS code).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse as parseYaml } from "yaml";

const ICD_ORDER_FILE = "icd10cm_order_2026.txt.gz";
const HCPCS_FILE = "HCPC2025_JAN_ANWEB_12172024.txt";
// Ambulance origin/destination letters: D E G H I J N P R S X (first = origin, second = destination).
const AMBULANCE_ORIGIN_DESTINATION = /^[DEGHIJNPRSX]{2}$/;

const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const casesDir = path.join(projectRoot, "content", "cases");
const guideDir = path.join(projectRoot, "content", "guide");
const starterDir = path.join(projectRoot, "content", "codes", "starter");
const seedFile = path.join(starterDir, "seed.yaml");

type Source = string; // where a code was named, for error messages

type IcdLine = { code: string; billable: boolean; raw: string };
type HcpcsRecord = { code: string; modifier: boolean; terminated: boolean; lines: string[]; index: number };

function fail(message: string): never {
  console.error(`build-starter-set: ${message}`);
  process.exit(1);
}

function dataDirFromArgs(argv: string[]): string {
  const at = argv.indexOf("--data");
  if (at !== -1) {
    const value = argv[at + 1];
    if (!value) fail("--data needs a folder, e.g. --data ../shared/data");
    return path.resolve(process.cwd(), value);
  }
  return path.resolve(projectRoot, "..", "shared", "data");
}

/** Splits a CRLF file into its lines, each still ending in its original line break. */
function rawLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.filter((line) => line.replace(/\r?\n$/, "") !== "");
}

function stripEol(line: string): string {
  return line.replace(/\r?\n$/, "");
}

function readIcdOrder(file: string): IcdLine[] {
  const text = gunzipSync(readFileSync(file)).toString("latin1");
  return rawLines(text).map((raw, i) => {
    const line = stripEol(raw);
    const code = line.slice(6, 13).trim();
    const flag = line[14];
    if (!/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== "0" && flag !== "1")) {
      fail(`${file} line ${i + 1} does not look like an ICD-10-CM order-file line: '${line.slice(0, 20)}'`);
    }
    return { code, billable: flag === "1", raw };
  });
}

function readHcpcs(file: string): HcpcsRecord[] {
  const records: HcpcsRecord[] = [];
  let current: HcpcsRecord | undefined;
  rawLines(readFileSync(file).toString("latin1")).forEach((raw, i) => {
    const line = stripEol(raw);
    const id = line[10];
    if (id === "3" || id === "7") {
      current = {
        code: id === "3" ? line.slice(0, 5) : line.slice(3, 5),
        modifier: id === "7",
        terminated: line.slice(284, 292).trim() !== "",
        lines: [raw],
        index: records.length,
      };
      records.push(current);
    } else if ((id === "4" || id === "8") && current && line.slice(0, 5) === (current.modifier ? `   ${current.code}` : current.code)) {
      current.lines.push(raw);
    } else {
      fail(`${file} line ${i + 1} is not a HCPCS record (record id '${id ?? ""}' or continuation out of place)`);
    }
  });
  return records;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}

const bare = (code: string) => code.trim().toUpperCase().replace(".", "");
const dotted = (code: string) => (code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code);
const rel = (file: string) => path.relative(projectRoot, file);

type Wanted = Map<string, Source[]>;
function want(map: Wanted, code: string, source: Source) {
  const list = map.get(code) ?? [];
  if (!list.includes(source)) list.push(source);
  map.set(code, list);
}

type Collected = { icd: Wanted; hcpcs: Wanted; modifiers: Wanted; caseAnswers: Set<string>; cpt: Wanted; caseFiles: string[] };

function codeOf(value: unknown): string | undefined {
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (value && typeof value === "object" && "code" in value) return codeOf((value as { code: unknown }).code);
  return undefined;
}

function modifiersOf(value: unknown): string[] {
  if (value && typeof value === "object" && "modifiers" in value) {
    const mods = (value as { modifiers: unknown }).modifiers;
    if (Array.isArray(mods)) return mods.map((m) => String(m).trim().toUpperCase());
  }
  return [];
}

function collect(): Collected {
  const c: Collected = { icd: new Map(), hcpcs: new Map(), modifiers: new Map(), caseAnswers: new Set(), cpt: new Map(), caseFiles: [] };
  const addModifiers = (mods: string[], source: Source) => {
    // Two-digit modifiers (25, 26, 57, 59 …) are CPT's; letters or letter+digit are HCPCS Level II.
    for (const m of mods) if (!/^[0-9]{2}$/.test(m)) want(c.modifiers, m, source);
  };

  for (const file of walk(casesDir, (f) => /\.ya?ml$/.test(f))) {
    c.caseFiles.push(rel(file));
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(file, "utf8"));
    } catch (error) {
      fail(`${rel(file)} is not valid YAML: ${(error as Error).message}`);
    }
    const key = (doc as { key?: { diagnoses?: unknown[]; procedures?: unknown[] } } | null)?.key;
    const source = rel(file);
    for (const dx of key?.diagnoses ?? []) {
      const codes = [codeOf(dx), ...((dx as { alternates?: unknown[] }).alternates ?? []).map(codeOf)];
      for (const code of codes) {
        if (!code) continue;
        want(c.icd, bare(code), source);
        c.caseAnswers.add(`icd10cm:${bare(code)}`);
      }
    }
    for (const px of key?.procedures ?? []) {
      const system = String((px as { system?: unknown }).system ?? "").toLowerCase();
      const variants = [px, ...((px as { alternates?: unknown[] }).alternates ?? [])];
      for (const variant of variants) {
        const code = codeOf(variant);
        addModifiers(modifiersOf(variant), source);
        if (!code) continue;
        if (system === "hcpcs") {
          want(c.hcpcs, bare(code), source);
          c.caseAnswers.add(`hcpcs:${bare(code)}`);
        } else if (system === "cpt") want(c.cpt, bare(code), source);
      }
    }
  }

  const codeRef = /<CodeRef\b([^>]*)\/?>/g;
  const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(attrs)?.[1];
  for (const file of walk(guideDir, (f) => f.endsWith(".mdx"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(codeRef)) {
      const system = attr(match[1] ?? "", "system")?.toLowerCase();
      const code = attr(match[1] ?? "", "code");
      if (!system || !code) continue;
      const source = rel(file);
      if (system === "icd10cm") want(c.icd, bare(code), source);
      else if (system === "hcpcs" && /^[0-9A-Z]{2}$/i.test(code.trim())) want(c.modifiers, bare(code), source);
      else if (system === "hcpcs") want(c.hcpcs, bare(code), source);
      else if (system === "modifier" || system === "hcpcs-modifier") addModifiers([bare(code)], source);
      else if (system === "cpt") want(c.cpt, bare(code), source);
    }
  }

  if (!existsSync(seedFile)) fail(`${rel(seedFile)} not found`);
  const seed = parseYaml(readFileSync(seedFile, "utf8")) as { icd10cm?: unknown[]; hcpcs?: unknown[]; modifiers?: unknown[] };
  const seedSource = rel(seedFile);
  for (const code of seed.icd10cm ?? []) want(c.icd, bare(String(code)), seedSource);
  for (const code of seed.hcpcs ?? []) want(c.hcpcs, bare(String(code)), seedSource);
  for (const code of seed.modifiers ?? []) want(c.modifiers, bare(String(code)), seedSource);
  return c;
}

function main() {
  const dataDir = dataDirFromArgs(process.argv.slice(2));
  const icdFile = path.join(dataDir, ICD_ORDER_FILE);
  const hcpcsFile = path.join(dataDir, HCPCS_FILE);
  for (const file of [icdFile, hcpcsFile]) {
    if (!existsSync(file)) fail(`${file} not found: pass --data <folder holding the official CDC/CMS files>`);
  }

  const icdLines = readIcdOrder(icdFile);
  const hcpcsRecords = readHcpcs(hcpcsFile);
  const collected = collect();

  // ---------------------------------------------------------------- ICD-10-CM
  const byCode = new Map(icdLines.map((l, i) => [l.code, { ...l, index: i }]));
  const parentOf = (code: string): string | undefined => {
    for (let n = code.length - 1; n >= 3; n -= 1) if (byCode.has(code.slice(0, n))) return code.slice(0, n);
    return undefined;
  };
  const children = new Map<string, string[]>();
  for (const { code } of icdLines) {
    const parent = parentOf(code);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), code]);
  }

  const problems: string[] = [];
  const describe = (sources: Source[]) => sources.join(", ");
  const selectedIcd = new Set<string>();
  const addWithAncestors = (code: string) => {
    for (let cur: string | undefined = code; cur; cur = parentOf(cur)) selectedIcd.add(cur);
  };

  for (const [code, sources] of collected.icd) {
    const seedOnly = code.endsWith("*");
    const base = seedOnly ? code.slice(0, -1) : code;
    const entry = byCode.get(base);
    if (!entry) {
      problems.push(`ICD-10-CM ${dotted(base)} is not in ${ICD_ORDER_FILE} (named in ${describe(sources)})`);
      continue;
    }
    if (collected.caseAnswers.has(`icd10cm:${code}`) && !entry.billable) {
      problems.push(`ICD-10-CM ${dotted(code)} is a header, not a billable code (named in ${describe(sources)})`);
    }
    addWithAncestors(base);
    if (seedOnly) {
      // "E11.6*" in the seed: the code and everything under it.
      for (const l of icdLines) if (l.code.startsWith(base)) selectedIcd.add(l.code);
      continue;
    }
    const parent = parentOf(base);
    if (!parent) continue;
    for (const sibling of children.get(parent) ?? []) selectedIcd.add(sibling);
    // A 7th character (A, D, S …) sits on a code whose children all share its length. The siblings above
    // are then its other 7th characters; also add the parent's own siblings (other side, unspecified side)
    // with the same 7th character: S83.241A → S83.241D, S83.241S, S83.242A, S83.249A.
    const isSeventh = base.length === 7 && (children.get(parent) ?? []).every((k) => k.length === 7);
    const grand = isSeventh ? parentOf(parent) : undefined;
    for (const uncle of grand ? (children.get(grand) ?? []) : []) {
      const cousin = uncle.padEnd(6, "X") + base.slice(6);
      if (byCode.has(cousin)) selectedIcd.add(cousin);
    }
  }
  // Every selected code needs its headers.
  for (const code of [...selectedIcd]) addWithAncestors(code);

  // ---------------------------------------------------------------- HCPCS
  const hcpcsByCode = new Map(hcpcsRecords.filter((r) => !r.modifier).map((r) => [r.code, r]));
  const modifierByCode = new Map(hcpcsRecords.filter((r) => r.modifier).map((r) => [r.code, r]));
  const selectedRecords = new Set<number>();
  for (const [code, sources] of collected.hcpcs) {
    const record = hcpcsByCode.get(code);
    if (!record) {
      problems.push(`HCPCS ${code} is not in ${HCPCS_FILE} (named in ${describe(sources)})`);
      continue;
    }
    if (record.terminated) problems.push(`HCPCS ${code} is terminated in ${HCPCS_FILE} (named in ${describe(sources)})`);
    selectedRecords.add(record.index);
    for (const r of hcpcsRecords) {
      if (!r.modifier && !r.terminated && r.code.slice(0, 4) === code.slice(0, 4)) selectedRecords.add(r.index);
    }
  }
  const originDestination: string[] = [];
  for (const [code, sources] of collected.modifiers) {
    const record = modifierByCode.get(code);
    if (!record && AMBULANCE_ORIGIN_DESTINATION.test(code) && !sources.every((s) => s === rel(seedFile))) {
      // Ambulance origin/destination modifiers (RH = residence to hospital, NH = nursing facility to hospital)
      // pair two one-letter codes from the HCPCS manual; the annual file has no record for them.
      originDestination.push(code);
      continue;
    }
    if (!record) {
      problems.push(`HCPCS modifier ${code} is not in ${HCPCS_FILE} (named in ${describe(sources)})`);
      continue;
    }
    if (record.terminated) problems.push(`HCPCS modifier ${code} is terminated in ${HCPCS_FILE} (named in ${describe(sources)})`);
    selectedRecords.add(record.index);
  }

  if (problems.length > 0) {
    console.error(`build-starter-set: ${problems.length} code(s) not usable against the official files:`);
    for (const p of problems.sort()) console.error(`  - ${p}`);
    process.exit(1);
  }

  // ---------------------------------------------------------------- write
  const icdOut = icdLines.filter((l) => selectedIcd.has(l.code));
  const hcpcsOut = hcpcsRecords.filter((r) => selectedRecords.has(r.index));
  writeFileSync(path.join(starterDir, "icd10cm-order-starter.txt"), icdOut.map((l) => l.raw).join(""), "latin1");
  writeFileSync(path.join(starterDir, "hcpcs-starter.txt"), hcpcsOut.flatMap((r) => r.lines).join(""), "latin1");

  const counts = {
    icdLines: icdOut.length,
    icdBillable: icdOut.filter((l) => l.billable).length,
    icdHeaders: icdOut.filter((l) => !l.billable).length,
    icdCategories: icdOut.filter((l) => l.code.length === 3).length,
    hcpcsCodes: hcpcsOut.filter((r) => !r.modifier).length,
    hcpcsModifiers: hcpcsOut.filter((r) => r.modifier).length,
    hcpcsLines: hcpcsOut.reduce((n, r) => n + r.lines.length, 0),
  };
  writeFileSync(path.join(starterDir, "README.md"), readme(counts, collected.caseFiles));

  const missingCpt = [...collected.cpt.keys()].filter((code) => !cptSummaryCodes().has(code));
  console.log(`cases read: ${collected.caseFiles.length}`);
  for (const f of collected.caseFiles) console.log(`  ${f}`);
  console.log(`ICD-10-CM: ${counts.icdLines} lines (${counts.icdBillable} billable, ${counts.icdHeaders} headers)`);
  console.log(`HCPCS: ${counts.hcpcsCodes} codes, ${counts.hcpcsModifiers} modifiers (${counts.hcpcsLines} lines)`);
  if (originDestination.length > 0) {
    console.log(`ambulance origin/destination modifiers used by cases (no record in the HCPCS file, accepted): ${originDestination.sort().join(", ")}`);
  }
  if (missingCpt.length > 0) {
    console.warn(`warning: CPT codes used by cases or lessons with no entry in content/codes/cpt-summaries.yaml: ${missingCpt.sort().join(", ")}`);
  }
}

function cptSummaryCodes(): Set<string> {
  const file = path.join(projectRoot, "content", "codes", "cpt-summaries.yaml");
  if (!existsSync(file)) return new Set();
  const list = parseYaml(readFileSync(file, "utf8")) as { code?: unknown }[] | null;
  return new Set((list ?? []).map((e) => String(e.code ?? "")));
}

function readme(
  counts: { icdLines: number; icdBillable: number; icdHeaders: number; icdCategories: number; hcpcsCodes: number; hcpcsModifiers: number; hcpcsLines: number },
  caseFiles: string[],
): string {
  return `# Starter code set

A small, curated subset of the official US code sets that ships with Chartwise, so that code lookup
works out of the box with no import. It holds every ICD-10-CM and HCPCS Level II code that the
chart-coding cases and the guide lessons use, a seed list of common codes (\`seed.yaml\`), and their
neighbours. Generated by \`scripts/codes/build-starter-set.ts\`: **do not edit the \`.txt\` files by hand.**

| File | What it is |
|---|---|
| \`icd10cm-order-starter.txt\` | Selected lines of the ICD-10-CM FY2026 order file \`icd10cm_order_2026.txt\` (CDC NCHS / CMS, October 1, 2025 release), copied verbatim: same fixed-width layout, original order numbers (not renumbered), CRLF line endings. |
| \`hcpcs-starter.txt\` | Selected records of the HCPCS Level II January 2025 annual alpha-numeric file \`HCPC2025_JAN_ANWEB_12172024.txt\` (CMS), copied verbatim: each code's type-3 line with its type-4 continuation lines, each modifier's type-7 line with its type-8 lines, 320-column fixed width, original order, CRLF line endings. |
| \`seed.yaml\` | The hand-curated seed list: common primary-care, orthopaedic, cardiology, emergency, obstetric, dermatology, respiratory, diabetes and injury codes, Z codes, drugs, DME, ambulance, supplies and HCPCS modifiers. |

The layouts are those of the full files: see \`../shared/data/README.md\` and the official record layouts.
No CPT (AMA) descriptors are included; plain-language CPT summaries written for Chartwise live in
\`content/codes/cpt-summaries.yaml\`. ICD-10-CM and HCPCS Level II are US government works in the
public domain.

## What is selected

- **ICD-10-CM**: every code named by a case (\`key.diagnoses[].code\` and \`.alternates\`), by a lesson
  (\`<CodeRef system="icd10cm" … />\`) or by the seed; every ancestor header of those codes (category and
  subcategories); and their siblings (the other children of the same parent). For a code with a 7th
  character the siblings are all its 7th-character variants (A, D, S …) and the sibling codes of its parent
  (other side, unspecified side) with the same 7th character. A seed entry ending in \`*\` (\`J45*\`)
  takes the whole subtree.
- **HCPCS Level II**: every code named by a case (\`key.procedures[]\` with \`system: hcpcs\`, and their
  alternates), a lesson (\`<CodeRef system="hcpcs" … />\`) or the seed, plus the active codes of the same
  4-character family (J1885 → J1880–J1889); every non-numeric modifier used on any case procedure (numeric
  modifiers such as 25 are CPT's) and the seed modifiers. Ambulance origin/destination modifiers (RH, NH …)
  pair two one-letter codes from the HCPCS manual and have no record in the annual file: cases may use them,
  and there is nothing to copy.

## Rebuild

\`\`\`sh
npx tsx scripts/codes/build-starter-set.ts --data ../shared/data
\`\`\`

The script reads the official files from \`--data\` (default \`../shared/data\`). It fails, listing every
offending code, when a case, lesson or seed names a code that is not in the official files, when a case
answer is an ICD-10-CM header that cannot be billed, or when a HCPCS code or modifier is terminated.

## Counts (last build)

- ICD-10-CM: ${counts.icdLines} lines: ${counts.icdBillable} billable codes and ${counts.icdHeaders} headers (${counts.icdCategories} categories).
- HCPCS Level II: ${counts.hcpcsCodes} codes and ${counts.hcpcsModifiers} modifiers (${counts.hcpcsLines} lines including continuation lines).
- Built from ${caseFiles.length} case files.
`;
}

main();
