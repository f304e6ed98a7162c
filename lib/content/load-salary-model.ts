import path from "node:path";
import { z } from "zod";
import { CONTENT_DIR, readFrontmatterFile } from "@/lib/content/load-guide";

const SalaryModelFrontmatterSchema = z.strictObject({ title: z.string().min(1), summary: z.string().min(1), sources: z.array(z.string()).min(1) });
export type SalaryModelPage = z.infer<typeof SalaryModelFrontmatterSchema> & { body: string };

/** content/salary/model.md: the salary model explained for learners (MDX with <Fact id />). */
export function loadSalaryModelPage(root = CONTENT_DIR): SalaryModelPage {
  const { frontmatter, body } = readFrontmatterFile(path.join(root, "salary", "model.md"), SalaryModelFrontmatterSchema);
  return { ...frontmatter, body };
}
