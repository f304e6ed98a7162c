import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CONTENT_DIR, ContentError } from "@/lib/content/load-guide";
import { DenialScenarioSchema, type DenialScenario } from "@/lib/claims/scenario-schema";
import { DollarsSchema, IsoDateSchema, PayerSchema, type Payer } from "@/lib/claims/schemas";
import type { CodeRule, EditTables, MueEdit, PtpEdit } from "@/lib/claims/tables";

const Code = z.string().regex(/^([0-9]{4}[0-9FT]|[A-Z][0-9]{4})$/);

export const CodeRuleSchema = z
  .strictObject({
    code: Code,
    summary: z.string().trim().min(1).max(200),
    fee: DollarsSchema,
    global: z.union([z.literal(0), z.literal(10), z.literal(90), z.null()]),
    bilateral: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(9)]),
    sided: z.boolean().default(false),
    multipleProcedure: z.boolean().default(false),
    addOnPrimaries: z.array(Code).min(1).optional(),
    sex: z.enum(["F", "M"]).optional(),
    minAge: z.number().int().min(0).optional(),
    maxAge: z.number().int().min(0).optional(),
  })
  .transform(({ global, ...rule }): CodeRule => ({ ...rule, globalDays: global }));

export const PtpEditSchema = z.strictObject({
  column1: Code,
  column2: Code,
  indicator: z.union([z.literal(0), z.literal(1), z.literal(9)]),
  effective: IsoDateSchema,
  deleted: IsoDateSchema.optional(),
  rationale: z.string().trim().min(1),
}) satisfies z.ZodType<PtpEdit>;

export const MueEditSchema = z.strictObject({
  code: Code,
  value: z.number().int().min(0),
  mai: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  rationale: z.string().trim().min(1),
}) satisfies z.ZodType<MueEdit>;

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parseYaml(fs.readFileSync(file, "utf8")));
  if (!result.success)
    throw new ContentError(`${file} is not valid:\n${result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  return result.data;
}

export function loadPayers(root = CONTENT_DIR): Map<string, Payer> {
  const payers = readYaml(path.join(root, "denials", "payers.yaml"), z.array(PayerSchema).min(1));
  return new Map(payers.map((payer) => [payer.id, payer]));
}

export function loadCodeRules(root = CONTENT_DIR): Map<string, CodeRule> {
  const rules = readYaml(path.join(root, "denials", "fee-schedule.yaml"), z.array(CodeRuleSchema).min(1));
  const byCode = new Map<string, CodeRule>();
  for (const rule of rules) {
    if (byCode.has(rule.code)) throw new ContentError(`fee-schedule.yaml lists ${rule.code} twice`);
    byCode.set(rule.code, rule);
  }
  return byCode;
}

export const TEACHING_TABLE_LABEL = "Chartwise teaching subset modelled on the CMS NCCI tables";

/** The teaching NCCI subset in content/ncci with the synthetic fee schedule. */
export function loadTeachingTables(root = CONTENT_DIR): EditTables {
  const ptp = readYaml(path.join(root, "ncci", "ptp-teaching.yaml"), z.array(PtpEditSchema));
  const mue = readYaml(path.join(root, "ncci", "mue-teaching.yaml"), z.array(MueEditSchema));
  return { ptp, mue: new Map(mue.map((edit) => [edit.code, edit])), codes: loadCodeRules(root), source: { kind: "teaching", label: TEACHING_TABLE_LABEL } };
}

/** Every denial scenario in content/denials/scenarios, validated, ids unique, sorted by id. */
export function loadDenialScenarios(root = CONTENT_DIR): DenialScenario[] {
  const dir = path.join(root, "denials", "scenarios");
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const scenarios = files.map((name) => {
    const scenario = readYaml(path.join(dir, name), DenialScenarioSchema);
    if (`${scenario.id}.yaml` !== name)
      throw new ContentError(`content/denials/scenarios/${name} holds scenario ${scenario.id}: name the file ${scenario.id}.yaml`);
    return scenario;
  });
  return scenarios;
}
