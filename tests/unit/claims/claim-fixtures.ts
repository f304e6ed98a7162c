import { loadPayers, loadTeachingTables } from "@/lib/claims/load-content";
import type { PayerContext } from "@/lib/claims/adjudicate";
import type { ClaimContext } from "@/lib/claims/rules";
import { ClaimSchema, MemberFileSchema, type Claim, type ClaimInput, type CoverageRule, type MemberFile, type MemberFileInput } from "@/lib/claims/schemas";
import type { CodeCheck, EditTables } from "@/lib/claims/tables";

export const payers = loadPayers();
export const tables: EditTables = loadTeachingTables();

const BILLABLE_DIAGNOSES = new Set([
  "S83.241A",
  "M17.11",
  "M17.12",
  "M54.16",
  "M51.16",
  "S52.531A",
  "S52.531D",
  "I10",
  "E11.9",
  "J06.9",
  "R53.83",
  "E55.9",
  "L57.0",
  "L82.1",
  "Z3A.20",
  "N40.1",
  "M25.561",
]);
const HEADERS = new Set(["M17", "M17.1", "S83.2", "M54.1"]);
/** A small code check: the diagnoses above are billable, a few headers are headers, CPT/HCPCS known when priced. */
export const codeCheck: CodeCheck = (system, code) => {
  if (system === "icd10cm") return BILLABLE_DIAGNOSES.has(code) ? "billable" : HEADERS.has(code) ? "header" : "unknown";
  if (code === "G0001") return "terminated";
  return tables.codes.has(code) ? "billable" : "unknown";
};

export const VALID_NPI = "1234567893";
export const OTHER_VALID_NPI = "1245319599";

export function claim(overrides: Partial<ClaimInput> = {}): Claim {
  return ClaimSchema.parse({
    claimNumber: "CW-TEST-1",
    payerId: "evergreen-ppo",
    patient: { name: "Rivera, Ana", birthDate: "1970-05-02", sex: "F" },
    insured: { name: "Rivera, Ana", relationship: "self" },
    memberId: "EVG123456",
    billingProvider: { name: "Lakeside Orthopaedics (synthetic)", npi: OTHER_VALID_NPI, taxId: "84-1234567", address: "100 Main St, Springfield, IL 62701" },
    renderingNpi: VALID_NPI,
    renderingName: "Lindqvist, Tove",
    placeOfService: "11",
    diagnoses: ["M17.11"],
    lines: [{ serviceDate: "2026-03-02", code: "99213", units: 1, charge: 150, pointers: [1] }],
    receivedOn: "2026-03-05",
    ...overrides,
  } satisfies ClaimInput);
}

export function member(overrides: Partial<MemberFileInput> = {}): MemberFile {
  return MemberFileSchema.parse({
    memberId: "EVG123456",
    coverageStart: "2025-01-01",
    benefits: { deductible: 0, coinsurancePercent: 0 },
    ...overrides,
  } satisfies MemberFileInput);
}

export function scrubContext(payerId = "evergreen-ppo", overrides: Partial<ClaimContext> = {}): Omit<ClaimContext, "member"> {
  return { payer: payers.get(payerId)!, tables, codeCheck, coverage: [], history: [], asOf: "2026-03-05", ...overrides };
}

export function payerContext(payerId = "evergreen-ppo", overrides: Partial<PayerContext> = {}): PayerContext {
  const file = overrides.member ?? member();
  return {
    payer: payers.get(payerId)!,
    tables,
    codeCheck,
    coverage: [],
    history: file.history,
    member: file,
    noticeDate: "2026-03-20",
    payerClaimNumber: "PCN-0001",
    ...overrides,
  };
}

/** A service line on 2026-03-02, one unit, $100, pointing to diagnosis A. */
export const line = (code: string, extra: Partial<ClaimInput["lines"][number]> = {}) => ({
  serviceDate: "2026-03-02",
  code,
  units: 1,
  charge: 100,
  pointers: [1],
  ...extra,
});

/** A payer coverage rule with no review, authorization or exclusion unless given. */
export const coverage = (rule: Partial<CoverageRule> & { code: string }): CoverageRule => ({
  prepaymentReview: false,
  requiresAuthorization: false,
  excluded: false,
  ...rule,
});
