import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCredentials } from "@/lib/certification/load-credentials";
import { CredentialSchema, FAMILY_PATTERN, figureKeysIn } from "@/lib/certification/schemas";
import { ContentError, loadGuide } from "@/lib/content/load-guide";
import { KNOWN_CREDENTIALS } from "@/lib/salary/types";

describe("the credential catalog in content/certifications/", () => {
  const catalog = loadCredentials();
  const guide = loadGuide();
  const moduleSlugs = new Set(guide.modules.map((guideModule) => guideModule.slug));

  it("has exactly one entry for every credential code the app knows", () => {
    expect(catalog.credentials.map((credential) => credential.code).sort()).toEqual([...KNOWN_CREDENTIALS].sort());
    const files = fs.readdirSync(path.resolve("content/certifications")).filter((name) => name.endsWith(".yaml"));
    expect(files.sort()).toEqual(KNOWN_CREDENTIALS.map((code) => `${code}.yaml`).sort());
  });

  it.each(catalog.credentials.map((credential) => [credential.code, credential] as const))(
    "%s passes the schema again and cites only known facts",
    (_code, credential) => {
      expect(CredentialSchema.safeParse(credential).success).toBe(true);
      const keys = [credential.exam.questions, credential.exam.durationHours, credential.exam.passingScore, credential.salary?.figure].filter(
        Boolean,
      ) as string[];
      for (const key of keys) expect(catalog.facts.figures.has(key), key).toBe(true);
      for (const id of credential.sources) expect(catalog.facts.sources.has(id), id).toBe(true);
      for (const text of [
        credential.summary,
        credential.prerequisites.summary,
        credential.prerequisites.apprenticeRemoval ?? "",
        credential.exam.passingNote ?? "",
      ]) {
        for (const key of figureKeysIn(text)) expect(catalog.facts.figures.has(key), key).toBe(true);
      }
    },
  );

  it.each(catalog.credentials.map((credential) => [credential.code, credential] as const))(
    "%s has skill weights summing to 1, valid families and real guide modules",
    (_code, credential) => {
      expect(credential.skills.reduce((sum, skill) => sum + skill.weight, 0)).toBeCloseTo(1, 9);
      for (const skill of credential.skills) {
        for (const family of skill.families ?? []) expect(family).toMatch(FAMILY_PATTERN);
        for (const slug of skill.modules ?? []) expect(moduleSlugs.has(slug), slug).toBe(true);
      }
    },
  );

  it("carries the CPC exam facts and its salary source", () => {
    const cpc = catalog.byCode.get("cpc")!;
    expect(catalog.facts.figures.get(cpc.exam.questions!)).toMatchObject({ value: 100, unit: "questions" });
    expect(catalog.facts.figures.get(cpc.exam.durationHours!)).toMatchObject({ value: 4, unit: "hours" });
    expect(catalog.facts.figures.get(cpc.exam.passingScore!)).toMatchObject({ value: 70, unit: "percent" });
    expect(cpc.exam.openBook).toBe(true);
    expect(catalog.facts.figures.get(cpc.salary!.figure)).toMatchObject({ value: 64712, source: "career-guide" });
    expect(catalog.byCode.get("cpc-a")!.prerequisites.apprenticeRemoval).toContain("{credential.cpc_a.apprentice_years}");
  });

  it("accepts the family shapes the grader reports and refuses others", () => {
    for (const key of ["icd10cm-19", "icd10cm-2", "icd10cm-*", "cpt-surgery", "cpt-evaluation-and-management", "cpt-*", "hcpcs-J", "hcpcs-*", "modifiers"])
      expect(key).toMatch(FAMILY_PATTERN);
    for (const key of ["icd10cm-23", "icd10cm-0", "cpt-dentistry", "hcpcs-j", "hcpcs-JJ", "modifier", "icd10pcs-*"]) expect(key).not.toMatch(FAMILY_PATTERN);
  });
});

describe("loadCredentials rejects broken entries", () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

  function contentWith(relative: string, change: (text: string) => string | null): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-cert-"));
    roots.push(root);
    fs.cpSync(path.resolve("content"), root, { recursive: true });
    const file = path.join(root, relative);
    const next = change(fs.readFileSync(file, "utf8"));
    if (next === null) fs.rmSync(file);
    else fs.writeFileSync(file, next);
    return root;
  }

  const cpc = "certifications/cpc.yaml";
  it.each([
    [
      "weights that do not sum to 1",
      cpc,
      (text: string) => text.replace("weight: 0.3,", "weight: 0.4,"),
      /cpc\.yaml is not valid:\n\s+skills: skill weights sum to 1\.100/,
    ],
    [
      "an unknown figure key",
      cpc,
      (text: string) => text.replace("exam.cpc.questions", "exam.cpc.made_up"),
      /exam\.questions: unknown figure key "exam\.cpc\.made_up"/,
    ],
    [
      "a figure of the wrong unit",
      cpc,
      (text: string) => text.replace("questions: exam.cpc.questions", "questions: exam.cpc.duration_hours"),
      /exam\.questions: figure "exam\.cpc\.duration_hours" is in hours/,
    ],
    [
      "an unknown guide module",
      cpc,
      (text: string) => text.replace("modules: [code-sets]", "modules: [no-such-module]"),
      /unknown guide module "no-such-module"/,
    ],
    ["a malformed family", cpc, (text: string) => text.replace("families: [modifiers]", "families: [modifier-25]"), /skills\.4\.families\.0: a code family/],
    [
      "a percentage typed by hand",
      cpc,
      (text: string) => text.replace("The most widely recognised", "Passed by 70% of people, the most widely recognised"),
      /summary: states a dollar figure or percentage directly/,
    ],
    [
      "an unknown source",
      cpc,
      (text: string) => text.replace("sources: [aapc-cpc-exam,", "sources: [made-up-source,"),
      /sources\.0: unknown source "made-up-source"/,
    ],
    ["a missing credential", "certifications/cosc.yaml", () => null, /no entry for cosc/],
    ["an unknown credential code", cpc, (text: string) => text.replace("code: cpc", "code: cpx"), /code: a credential code/],
    ["a missing issuing body", cpc, (text: string) => text.replace("issuingBody: AAPC\n", ""), /issuingBody/],
  ])("%s", (_name, file, change, message) => {
    const root = contentWith(file, change);
    expect(() => loadCredentials(root)).toThrow(ContentError);
    expect(() => loadCredentials(root)).toThrow(message);
  });
});
