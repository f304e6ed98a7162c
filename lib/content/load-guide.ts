import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { UNIT_WORDS } from "@/lib/content/format-figure";
import {
  ChartSchema,
  FigureSchema,
  LessonFrontmatterSchema,
  ModuleSchema,
  QuizSchema,
  SourceSchema,
  type Chart,
  type Figure,
  type GuideModule,
  type LessonFrontmatter,
  type Quiz,
  type Source,
} from "@/lib/content/schemas";

export const CONTENT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "content");

export class ContentError extends Error {
  override name = "ContentError";
}

export type Facts = { sources: Map<string, Source>; figures: Map<string, Figure>; charts: Map<string, Chart> };
export type Lesson = LessonFrontmatter & { body: string; quiz: Quiz; file: string };
export type Guide = { modules: (GuideModule & { lessons: Lesson[] })[]; facts: Facts };

function readYaml(file: string): unknown {
  try {
    return parseYaml(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}

function validate<T>(schema: z.ZodType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new ContentError(`${where} is not valid:\n${problems.join("\n")}`);
}

function keyedList<T>(items: T[], key: (item: T) => string, where: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(key(item))) throw new ContentError(`${where}: "${key(item)}" appears twice`);
    map.set(key(item), item);
  }
  return map;
}

export function loadFacts(root = CONTENT_DIR): Facts {
  const dir = path.join(root, "facts");
  const list = <T>(file: string, schema: z.ZodType<T>) => {
    const data = readYaml(path.join(dir, file));
    if (!Array.isArray(data)) throw new ContentError(`${path.join(dir, file)}: expected a list`);
    return data.map((entry, index) => validate(schema, entry, `${path.join(dir, file)} entry ${index + 1}`));
  };
  const sources = keyedList(list("sources.yaml", SourceSchema), (source) => source.id, "sources.yaml");
  const figures = keyedList(list("figures.yaml", FigureSchema), (figure) => figure.key, "figures.yaml");
  const charts = keyedList(list("charts.yaml", ChartSchema), (chart) => chart.id, "charts.yaml");
  for (const figure of figures.values()) {
    if (!sources.has(figure.source)) throw new ContentError(`figures.yaml: ${figure.key} names unknown source "${figure.source}"`);
  }
  for (const chart of charts.values()) {
    const unknown = chart.figures.filter((key) => !figures.has(key));
    if (unknown.length) throw new ContentError(`charts.yaml: chart ${chart.id} uses unknown figure(s) ${unknown.join(", ")}`);
  }
  return { sources, figures, charts };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a Markdown/MDX content file into its YAML frontmatter (validated by `schema`) and its body. */
export function readFrontmatterFile<T>(file: string, schema: z.ZodType<T>): { frontmatter: T; body: string } {
  const match = FRONTMATTER.exec(fs.readFileSync(file, "utf8"));
  if (!match) throw new ContentError(`${file}: starts without a --- frontmatter block`);
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new ContentError(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  return { frontmatter: validate(schema, data, `${file} frontmatter`), body: match[2]! };
}
// Every dollar amount and percentage in a lesson must come from the facts file through <Fact id="…" />.
const RAW_FIGURE = /\$\s?\d|\d\s?%/;

/** Checks a lesson body against the facts: known Fact, chart ids, and no figure typed in by hand. */
export function findLessonBodyProblems(body: string, facts: Facts): string[] {
  const problems: string[] = [];
  for (const match of body.matchAll(/<Fact\s+id="([^"]+)"\s*\/>/g)) {
    const figure = facts.figures.get(match[1]!);
    if (!figure) {
      problems.push(`unknown figure key "${match[1]}"`);
      continue;
    }
    // <Fact /> already writes the unit ("2 years", "$23.45 an hour"); the words after it must not repeat it.
    const after = body.slice(match.index + match[0].length, match.index + match[0].length + 40);
    const unitWords = UNIT_WORDS[figure.unit];
    if (unitWords?.test(after)) problems.push(`<Fact id="${match[1]}" /> is followed by its own unit ("${after.trim().split(/\s+/).slice(0, 2).join(" ")}"); the figure already says it`);
  }
  for (const [, id] of body.matchAll(/<FigureChart\s+id="([^"]+)"\s*\/>/g)) {
    if (!facts.charts.has(id!)) problems.push(`unknown chart "${id}"`);
  }
  body.split("\n").forEach((line, index) => {
    if (RAW_FIGURE.test(line)) problems.push(`line ${index + 1} states a dollar figure or percentage directly; use <Fact id="…" />: ${line.trim().slice(0, 80)}`);
  });
  return problems;
}

/** Reads and validates the whole guide: modules, lessons, knowledge checks and the facts they use. */
export function loadGuide(root = CONTENT_DIR): Guide {
  const facts = loadFacts(root);
  const guideDir = path.join(root, "guide");
  const lessonSlugs = new Set<string>();
  const modules = fs
    .readdirSync(guideDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(guideDir, entry.name);
      const guideModule = validate(ModuleSchema, readYaml(path.join(dir, "module.yaml")), path.join(dir, "module.yaml"));
      const lessons = fs
        .readdirSync(dir)
        .filter((file) => file.endsWith(".mdx"))
        .map((file): Lesson => {
          const lessonFile = path.join(dir, file);
          const { frontmatter, body } = readFrontmatterFile(lessonFile, LessonFrontmatterSchema);
          if (frontmatter.module !== guideModule.slug) {
            throw new ContentError(`${lessonFile}: module "${frontmatter.module}" does not match its folder's module "${guideModule.slug}"`);
          }
          if (lessonSlugs.has(frontmatter.slug)) throw new ContentError(`${lessonFile}: slug "${frontmatter.slug}" is used twice`);
          lessonSlugs.add(frontmatter.slug);
          const unknownSources = frontmatter.sources.filter((id) => !facts.sources.has(id));
          if (unknownSources.length) throw new ContentError(`${lessonFile}: unknown source(s) ${unknownSources.join(", ")}`);
          const problems = findLessonBodyProblems(body, facts);
          if (problems.length) throw new ContentError(`${lessonFile}:\n  ${problems.join("\n  ")}`);
          const quizFile = lessonFile.replace(/\.mdx$/, ".quiz.yaml");
          if (!fs.existsSync(quizFile)) throw new ContentError(`${lessonFile}: its knowledge check ${path.basename(quizFile)} is missing`);
          const quiz = validate(QuizSchema, readYaml(quizFile), quizFile);
          return { ...frontmatter, body, quiz, file: lessonFile };
        })
        .sort((a, b) => a.order - b.order);
      if (lessons.length < 2 || lessons.length > 5) throw new ContentError(`${dir}: a module has 2 to 5 lessons, this one has ${lessons.length}`);
      return { ...guideModule, lessons };
    })
    .sort((a, b) => a.order - b.order);
  return { modules, facts };
}
