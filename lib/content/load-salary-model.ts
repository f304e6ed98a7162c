import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CONTENT_DIR, ContentError } from "@/lib/content/load-guide";

const SalaryModelFrontmatterSchema = z.strictObject({ title: z.string().min(1), summary: z.string().min(1), sources: z.array(z.string()).min(1) });
export type SalaryModelPage = z.infer<typeof SalaryModelFrontmatterSchema> & { body: string };

/** content/salary/model.md: the salary model explained for learners (MDX with <Fact id />). */
export function loadSalaryModelPage(root = CONTENT_DIR): SalaryModelPage {
  const file = path.join(root, "salary", "model.md");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(file, "utf8"));
  if (!match) throw new ContentError(`${file}: starts without a --- frontmatter block`);
  const frontmatter = SalaryModelFrontmatterSchema.safeParse(parseYaml(match[1]!));
  if (!frontmatter.success) throw new ContentError(`${file} frontmatter: ${frontmatter.error.issues.map((issue) => issue.message).join("; ")}`);
  return { ...frontmatter.data, body: match[2]! };
}
