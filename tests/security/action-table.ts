// The table of server actions the hostile-input suite and the authorisation matrix run against. A capability that
// adds a server action adds one row here (see README, "Security"): how to call it, who may, and a valid input.
import { signUp } from "@/app/(auth)/sign-up/actions";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { decideDispute } from "@/app/(app)/admin/disputes/actions";
import { changeRole, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { checkKnowledge, openLesson } from "@/app/(app)/guide/actions";
import { disputeKeyLineAction, restartCoding, saveCodingDraft, startCoding, submitCoding } from "@/app/(app)/practice/actions";
import { saveProfile } from "@/app/(app)/profile/actions";
import { deleteScenario, renameScenario, saveScenario } from "@/app/(app)/salary/actions";
import type { ActionResult } from "@/lib/result";

/** Rows the suites create before they run; a row's `valid` input may refer to them. */
export type SecurityFixtures = {
  caseId: string;
  lessonSlug: string;
  /** The learner's own rows (the hostile suite acts as this learner). */
  learner: { id: string; email: string; password: string; attemptId: string; scenarioId: string; disputeId: string };
  other: { id: string };
  admin: { id: string };
};

export type ActionRow = {
  name: string;
  /** Who the hostile suite calls it as. */
  as: "learner" | "admin" | "signed out";
  /** JSON actions take a value; form actions take FormData built from the same object (values as strings). */
  kind: "json" | "form";
  call: (input: unknown) => Promise<ActionResult<unknown>>;
  valid: (fixtures: SecurityFixtures) => unknown;
  /** Fields that are ids or slugs (forged values must be refused), as dotted paths. */
  ids?: string[];
  /** Fields that may be left out. */
  optional?: string[];
  /** Fields that legitimately take several types (a quiz answer: a choice, a number or a set of matches). */
  polymorphic?: string[];
};

const callForm = (run: (formData: FormData) => Promise<ActionResult<unknown>>) => (input: unknown) => run(input as FormData);

export const ACTION_ROWS: ActionRow[] = [
  {
    name: "signUp",
    as: "signed out",
    kind: "json",
    call: signUp,
    valid: () => ({ name: "New Learner", email: `new-${Date.now()}@example.org`, password: "correct horse battery", confirmPassword: "correct horse battery" }),
  },
  {
    name: "changePasswordAction",
    as: "learner",
    kind: "form",
    call: callForm(changePasswordAction),
    valid: (f) => ({ currentPassword: f.learner.password, newPassword: "another long phrase", confirmPassword: "another long phrase" }),
  },
  {
    name: "checkKnowledge",
    as: "learner",
    kind: "json",
    call: checkKnowledge,
    valid: (f) => ({ lessonSlug: f.lessonSlug, idempotencyKey: "hostile-key-0001", answers: { q1: "a" } }),
    ids: ["lessonSlug", "idempotencyKey"],
    // An unanswered question is graded as wrong, not refused.
    optional: ["answers.q1"],
    polymorphic: ["answers.q1"],
  },
  { name: "openLesson", as: "learner", kind: "json", call: openLesson, valid: (f) => f.lessonSlug },
  {
    name: "saveCodingDraft",
    as: "learner",
    kind: "json",
    call: saveCodingDraft,
    valid: (f) => ({
      caseId: f.caseId,
      answer: { diagnoses: [{ code: "J45" }], procedures: [{ code: "99213", modifiers: ["25"], units: "1", pointers: [1] }] },
    }),
    ids: ["caseId"],
  },
  {
    name: "submitCoding",
    as: "learner",
    kind: "json",
    call: submitCoding,
    valid: (f) => ({ caseId: f.caseId, idempotencyKey: "hostile-submit-0001", answer: { diagnoses: [{ code: "J45.901" }], procedures: [] } }),
    ids: ["caseId", "idempotencyKey"],
  },
  { name: "startCoding", as: "learner", kind: "json", call: startCoding, valid: (f) => f.caseId },
  { name: "restartCoding", as: "learner", kind: "json", call: restartCoding, valid: (f) => f.caseId },
  {
    name: "disputeKeyLineAction",
    as: "learner",
    kind: "json",
    call: disputeKeyLineAction,
    valid: (f) => ({ caseId: f.caseId, keyLineId: "d1", note: "The key should use the more specific code here.", attemptId: f.learner.attemptId }),
    ids: ["caseId", "keyLineId", "attemptId"],
    optional: ["attemptId"],
  },
  {
    name: "saveProfile",
    as: "learner",
    kind: "form",
    call: callForm(saveProfile),
    valid: () => ({
      state: "nj",
      setting: "hospital",
      yearsOfExperience: "2",
      credentials: "cpc",
      targetCredential: "ccs",
      examDate: "2027-05-01",
      payGoal: "60000",
      remotePreference: "remote",
    }),
    optional: ["state", "setting", "yearsOfExperience", "credentials", "targetCredential", "examDate", "payGoal", "remotePreference"],
  },
  {
    name: "saveScenario",
    as: "learner",
    kind: "json",
    call: saveScenario,
    valid: () => ({ name: "My plan", comparison: { profile: { yearsOfExperience: 0, credentials: [] }, paths: [{ label: "Now", events: [] }] } }),
    // A starting profile without years of experience starts at 0 years (lib/salary/schemas.ts).
    optional: ["comparison.profile.yearsOfExperience"],
  },
  {
    name: "renameScenario",
    as: "learner",
    kind: "json",
    call: renameScenario,
    valid: (f) => ({ scenarioId: f.learner.scenarioId, name: "Renamed plan" }),
    ids: ["scenarioId"],
  },
  { name: "deleteScenario", as: "learner", kind: "json", call: deleteScenario, valid: (f) => ({ scenarioId: f.learner.scenarioId }), ids: ["scenarioId"] },
  {
    name: "decideDispute",
    as: "admin",
    kind: "form",
    call: callForm(decideDispute),
    valid: (f) => ({ disputeId: f.learner.disputeId, status: "ACCEPTED" }),
    ids: ["disputeId"],
  },
  { name: "changeRole", as: "admin", kind: "form", call: callForm(changeRole), valid: (f) => ({ userId: f.other.id, role: "INSTRUCTOR" }), ids: ["userId"] },
  {
    name: "setUserActiveAction",
    as: "admin",
    kind: "form",
    call: callForm(setUserActiveAction),
    valid: (f) => ({ userId: f.other.id, active: "false" }),
    ids: ["userId"],
  },
];

/**
 * Server actions added by the denials, workday and cohorts capabilities that do not yet have a row above. They are
 * owner-scoped and zod-validated through action(), and covered by their own integration tests, but not yet by the
 * hostile catalogue: each needs fixtures (a cohort, a claim, a run) before it can get a row. Shrink this list; never
 * grow it.
 */
export const ACTIONS_AWAITING_ROWS = [
  "joinCohortAction",
  "createCohortAction",
  "issueJoinCodeAction",
  "revokeJoinCodesAction",
  "archiveCohortAction",
  "removeLearnerAction",
  "createAssignmentAction",
  "deleteAssignmentAction",
  "reviewDisputeAction",
  "disputeMissingLineAction",
  "regradeAttemptAction",
  "scrubCorrectedClaim",
  "submitDenialWorkAction",
  "startWorkday",
  "sendWorkdayAction",
  "abandonWorkday",
];
