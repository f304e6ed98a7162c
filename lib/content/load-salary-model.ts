import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CONTENT_DIR, ContentError, readFrontmatterFile } from "@/lib/content/load-guide";
import { SalaryNoteTemplatesSchema, type SalaryNoteTemplates } from "@/lib/salary/notes";

const SalaryModelFrontmatterSchema = z.strictObject({ title: z.string().min(1), summary: z.string().min(1), sources: z.array(z.string()).min(1) });
export type SalaryModelPage = z.infer<typeof SalaryModelFrontmatterSchema> & { body: string };

/** content/salary/model.md: the salary model explained for learners (MDX with <Fact id />). */
export function loadSalaryModelPage(root = CONTENT_DIR): SalaryModelPage {
  const { frontmatter, body } = readFrontmatterFile(path.join(root, "salary", "model.md"), SalaryModelFrontmatterSchema);
  return { ...frontmatter, body };
}

/** content/salary/notes.yaml: the sentence for each of the salary model's note codes. */
export function loadSalaryNoteTemplates(root = CONTENT_DIR): SalaryNoteTemplates {
  const data = parseYaml(fs.readFileSync(path.join(root, "salary", "notes.yaml"), "utf8"));
  const parsed = SalaryNoteTemplatesSchema.safeParse(data);
  if (!parsed.success) throw new ContentError(`content/salary/notes.yaml is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}
