import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { CONTENT_DIR, ContentError, loadFacts, type Facts } from "@/lib/content/load-guide";
import { CredentialSchema, figureKeysIn, type Credential } from "@/lib/certification/schemas";
import { KNOWN_CREDENTIALS } from "@/lib/salary/types";

export type CredentialCatalog = { credentials: Credential[]; byCode: Map<string, Credential>; facts: Facts };

// Which unit each figure slot must have, so a salary key cannot land in the exam-length slot.
const SLOT_UNITS: Array<[string, (credential: Credential) => string | undefined, string[]]> = [
  ["exam.questions", (credential) => credential.exam.questions, ["questions"]],
  ["exam.durationHours", (credential) => credential.exam.durationHours, ["hours"]],
  ["exam.passingScore", (credential) => credential.exam.passingScore, ["percent"]],
  ["salary.figure", (credential) => credential.salary?.figure, ["usd_per_year"]],
];

function proseOf(credential: Credential): string[] {
  return [
    credential.summary,
    credential.exam.format,
    credential.exam.delivery,
    credential.exam.passingNote ?? "",
    ...credential.domains,
    credential.prerequisites.summary,
    ...credential.prerequisites.items,
    credential.prerequisites.apprenticeRemoval ?? "",
    credential.salary?.context ?? "",
    ...credential.notMeasured,
  ];
}

/** Problems an entry has beyond its shape: unknown figures, sources, modules or credentials, a misnamed file. */
export function findCredentialProblems(credential: Credential, file: string, facts: Facts, moduleSlugs: Set<string>): string[] {
  const problems: string[] = [];
  if (path.basename(file) !== `${credential.code}.yaml`) problems.push(`code: "${credential.code}" should live in ${credential.code}.yaml`);
  for (const [field, read, units] of SLOT_UNITS) {
    const key = read(credential);
    if (!key) continue;
    const figure = facts.figures.get(key);
    if (!figure) problems.push(`${field}: unknown figure key "${key}"`);
    else if (!units.includes(figure.unit)) problems.push(`${field}: figure "${key}" is in ${figure.unit}, expected ${units.join(" or ")}`);
  }
  for (const key of proseOf(credential).flatMap(figureKeysIn)) {
    if (!facts.figures.has(key)) problems.push(`prose cites unknown figure key "{${key}}"`);
  }
  credential.sources.forEach((id, index) => {
    if (!facts.sources.has(id)) problems.push(`sources.${index}: unknown source "${id}"`);
  });
  credential.skills.forEach((skill, index) => {
    for (const slug of skill.modules ?? []) if (!moduleSlugs.has(slug)) problems.push(`skills.${index}.modules: unknown guide module "${slug}"`);
  });
  return problems;
}

function guideModuleSlugs(root: string): Set<string> {
  const dir = path.join(root, "guide");
  const slugs = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => (parseYaml(fs.readFileSync(path.join(dir, entry.name, "module.yaml"), "utf8")) as { slug?: string })?.slug)
    .filter((slug): slug is string => typeof slug === "string");
  return new Set(slugs);
}

/** Reads and validates content/certifications/*.yaml: one entry per known credential, sorted by level and order. */
export function loadCredentials(root = CONTENT_DIR): CredentialCatalog {
  const facts = loadFacts(root);
  const moduleSlugs = guideModuleSlugs(root);
  const dir = path.join(root, "certifications");
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const credentials = files.map((name) => {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = parseYaml(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new ContentError(`${file}: not valid YAML: ${(error as Error).message}`);
    }
    const result = CredentialSchema.safeParse(data);
    if (!result.success) {
      throw new ContentError(
        `${file} is not valid:\n${result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`).join("\n")}`,
      );
    }
    const problems = findCredentialProblems(result.data, file, facts, moduleSlugs);
    if (problems.length) throw new ContentError(`${file}:\n  ${problems.join("\n  ")}`);
    return result.data;
  });
  const byCode = new Map(credentials.map((credential) => [credential.code, credential]));
  const missing = KNOWN_CREDENTIALS.filter((code) => !byCode.has(code));
  if (missing.length) throw new ContentError(`${dir}: no entry for ${missing.join(", ")}`);
  for (const credential of credentials) {
    const unknown = credential.relatedCredentials.filter((code) => !byCode.has(code));
    if (unknown.length)
      throw new ContentError(`${path.join(dir, `${credential.code}.yaml`)}: relatedCredentials names ${unknown.join(", ")}, which has no entry`);
  }
  const levelOrder = ["entry", "core", "advanced", "specialty"];
  credentials.sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || a.order - b.order || a.code.localeCompare(b.code));
  return { credentials, byCode, facts };
}

let cached: CredentialCatalog | undefined;

/** The validated credential catalog, read from content/ once per process. */
export function getCredentials(): CredentialCatalog {
  cached ??= loadCredentials();
  return cached;
}
