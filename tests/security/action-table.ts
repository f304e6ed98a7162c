// The table of server actions the hostile-input suite and the authorisation matrix run against. A capability that
// adds a server action adds one row here (see README, "Security"): how to call it, who may, and a valid input.
import { signUp } from "@/app/(auth)/sign-up/actions";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { changeRole, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { checkKnowledge, openLesson } from "@/app/(app)/guide/actions";
import { checkCodingClaim, disputeKeyLineAction, restartCoding, saveCodingDraft, startCoding, submitCoding } from "@/app/(app)/practice/actions";
import { saveProfile } from "@/app/(app)/profile/actions";
import { deleteScenario, renameScenario, saveScenario } from "@/app/(app)/salary/actions";
import { joinCohortAction } from "@/app/(app)/cohorts/actions";
import { scrubCorrectedClaim, submitDenialWorkAction } from "@/app/(app)/denials/actions";
import {
  archiveCohortAction,
  createAssignmentAction,
  createCohortAction,
  deleteAssignmentAction,
  issueJoinCodeAction,
  removeLearnerAction,
  revokeJoinCodesAction,
} from "@/app/(app)/instructor/actions";
import { reviewDisputeAction } from "@/app/(app)/instructor/disputes/actions";
import { disputeMissingLineAction, regradeAttemptAction } from "@/app/(app)/practice/dispute-actions";
import { abandonWorkday, sendWorkdayAction, startWorkday } from "@/app/(app)/workday/actions";
import type { ActionResult } from "@/lib/result";
import { findScenario as findDenialScenario } from "@/lib/denials/catalog";
import { cleanCorrection, DENIAL_CLAIMS, WORKDAY_SCENARIO } from "./fixtures";
import { asFormData, type HostilePayload } from "./hostile-payloads";

/** Rows the suites create before they run; a row's `valid` input may refer to them. */
export type SecurityFixtures = {
  caseId: string;
  lessonSlug: string;
  /** The learner's own rows (the hostile suite acts as this learner). */
  learner: {
    id: string;
    email: string;
    password: string;
    attemptId: string;
    scenarioId: string;
    disputeId: string;
    /** A corrected claim and an appeal the learner sent. */
    denialAttemptIds: string[];
    /** A workday run in progress, one action in. */
    workdayRunId: string;
    workdayNextSeq: number;
  };
  /** The teacher's cohort the learner is in, with its live join code, an assignment and a learner removed from it. */
  cohort: { id: string; joinCode: string; assignmentId: string; removedLearnerId: string };
  other: { id: string };
  admin: { id: string };
};

export type ActionRow = {
  name: string;
  /** Who the hostile suite calls it as ("teacher": the instructor whose cohort the learner is in). */
  as: "learner" | "teacher" | "admin" | "signed out";
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
  /** Hostile inputs only this action has (a replayed key, an impossible date, a step out of order), from the valid input. */
  extra?: (valid: Record<string, unknown>) => HostilePayload[];
};

/** A row's own extra payloads for form actions are posted as a browser would. */
const asForm = (values: Record<string, unknown>) => asFormData(values);
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
  {
    name: "checkCodingClaim",
    as: "learner",
    kind: "json",
    call: checkCodingClaim,
    valid: (f) => ({
      caseId: f.caseId,
      answer: { diagnoses: [{ code: "J45.901" }], procedures: [{ code: "99213", modifiers: [], units: "1", pointers: [1] }] },
    }),
    ids: ["caseId"],
    optional: ["answer.procedures.0.modifiers"],
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
  { name: "changeRole", as: "admin", kind: "form", call: callForm(changeRole), valid: (f) => ({ userId: f.other.id, role: "INSTRUCTOR" }), ids: ["userId"] },
  {
    name: "setUserActiveAction",
    as: "admin",
    kind: "form",
    call: callForm(setUserActiveAction),
    valid: (f) => ({ userId: f.other.id, active: "false" }),
    ids: ["userId"],
  },
  // Key disputes the learner raises and their instructor answers (issue 16)
  {
    name: "disputeMissingLineAction",
    as: "learner",
    kind: "json",
    call: disputeMissingLineAction,
    valid: (f) => ({
      caseId: f.caseId,
      code: "J45.909",
      note: "The chart documents the asthma without an exacerbation as well.",
      attemptId: f.learner.attemptId,
    }),
    ids: ["caseId", "attemptId"],
    optional: ["attemptId"],
    extra: (valid) => [
      { label: "a code shaped like no code set", input: { ...valid, code: "ZZZZZZZZ" }, expect: "refused" },
      { label: "a note of spaces", input: { ...valid, note: " ".repeat(50) }, expect: "refused" },
      { label: "another learner's attempt id shape", input: { ...valid, attemptId: "x".repeat(41) }, expect: "refused" },
    ],
  },
  {
    name: "regradeAttemptAction",
    as: "learner",
    kind: "json",
    call: regradeAttemptAction,
    // Graded against the current key already: a valid regrade is refused too, with its own sentence.
    valid: (f) => ({ attemptId: f.learner.attemptId }),
    ids: ["attemptId"],
  },
  {
    name: "reviewDisputeAction",
    as: "teacher",
    kind: "form",
    call: callForm(reviewDisputeAction),
    valid: (f) => ({ disputeId: f.learner.disputeId, status: "REJECTED", reply: "The key is right: the chart names the exacerbation." }),
    ids: ["disputeId"],
    extra: (valid) => [
      { label: "a status that is not a decision", input: asForm({ ...valid, status: "DELETED" }), expect: "refused" },
      { label: "a reply of spaces", input: asForm({ ...valid, reply: "       " }), expect: "refused" },
    ],
  },
  // Cohorts (issue 16): the learner joins with a code; the teacher manages the cohort
  {
    name: "joinCohortAction",
    as: "learner",
    kind: "form",
    call: callForm(joinCohortAction),
    valid: (f) => ({ code: f.cohort.joinCode }),
    extra: (valid) => [
      { label: "a well-formed code nobody issued", input: asForm({ code: "ABCD-EFGH-JKMN-PQRS-TVWX" }), expect: "refused" },
      { label: "the code twice", input: asForm({ code: [valid.code, valid.code] }), expect: "refused" },
    ],
  },
  {
    name: "createCohortAction",
    as: "teacher",
    kind: "form",
    call: callForm(createCohortAction),
    valid: () => ({ name: "Spring coding cohort", startsOn: "2027-01-11", endsOn: "2027-05-14" }),
    extra: (valid) => [
      { label: "31 February", input: asForm({ ...valid, startsOn: "2027-02-31" }), expect: "refused" },
      { label: "month 13", input: asForm({ ...valid, endsOn: "2027-13-01" }), expect: "refused" },
      { label: "year 0", input: asForm({ ...valid, startsOn: "0000-01-01" }), expect: "refused" },
      { label: "year 9999", input: asForm({ ...valid, startsOn: "9999-01-01", endsOn: "9999-06-01" }), expect: "refused" },
      { label: "ends before it starts", input: asForm({ ...valid, endsOn: "2026-01-01" }), expect: "refused" },
      { label: "a name of spaces", input: asForm({ ...valid, name: "      " }), expect: "refused" },
    ],
  },
  {
    name: "issueJoinCodeAction",
    as: "teacher",
    kind: "form",
    call: callForm(issueJoinCodeAction),
    valid: (f) => ({ cohortId: f.cohort.id, validDays: "14" }),
    ids: ["cohortId"],
    extra: (valid) => [
      { label: "0 days", input: asForm({ ...valid, validDays: "0" }), expect: "refused" },
      { label: "a million days", input: asForm({ ...valid, validDays: "1000000" }), expect: "refused" },
      { label: "1e309 days", input: asForm({ ...valid, validDays: "1e309" }), expect: "refused" },
      { label: "half a day", input: asForm({ ...valid, validDays: "0.5" }), expect: "refused" },
    ],
  },
  {
    name: "createAssignmentAction",
    as: "teacher",
    kind: "form",
    call: callForm(createAssignmentAction),
    valid: (f) => ({
      cohortId: f.cohort.id,
      title: "Week 3: asthma coding",
      instructions: "Code the chart, then read the lesson.",
      opensAt: "2026-12-01T09:00",
      dueAt: "2026-12-08T17:00",
      items: [`CHART_CASE:${f.caseId}`, `GUIDE_LESSON:${f.lessonSlug}`],
    }),
    ids: ["cohortId"],
    optional: ["instructions"],
    extra: (valid) => [
      { label: "an item that does not exist", input: asForm({ ...valid, items: "DENIAL_SCENARIO:does-not-exist" }), expect: "refused" },
      { label: "an item of an unknown kind", input: asForm({ ...valid, items: "EXAM:final" }), expect: "refused" },
      { label: "21 items", input: asForm({ ...valid, items: Array.from({ length: 21 }, (_, index) => `CHART_CASE:case-${index}`) }), expect: "refused" },
      { label: "no items", input: asForm({ ...valid, items: "" }), expect: "refused" },
      { label: "due before it opens", input: asForm({ ...valid, dueAt: "2026-11-01T09:00" }), expect: "refused" },
      { label: "opens on 31 February", input: asForm({ ...valid, opensAt: "2027-02-31T09:00" }), expect: "refused" },
      { label: "opens at 25:00", input: asForm({ ...valid, opensAt: "2026-12-01T25:00" }), expect: "refused" },
      { label: "opens in year 0", input: asForm({ ...valid, opensAt: "0000-01-01T09:00" }), expect: "refused" },
    ],
  },
  {
    name: "deleteAssignmentAction",
    as: "teacher",
    kind: "json",
    call: deleteAssignmentAction,
    valid: (f) => ({ cohortId: f.cohort.id, assignmentId: f.cohort.assignmentId }),
    ids: ["cohortId", "assignmentId"],
  },
  {
    name: "removeLearnerAction",
    as: "teacher",
    kind: "json",
    call: removeLearnerAction,
    valid: (f) => ({ cohortId: f.cohort.id, learnerId: f.learner.id }),
    ids: ["cohortId", "learnerId"],
    extra: (valid) => [{ label: "the teacher removing themselves", input: { ...valid, learnerId: "teacher-is-not-a-member" }, expect: "refused" }],
  },
  {
    name: "revokeJoinCodesAction",
    as: "teacher",
    kind: "form",
    call: callForm(revokeJoinCodesAction),
    valid: (f) => ({ cohortId: f.cohort.id }),
    ids: ["cohortId"],
  },
  { name: "archiveCohortAction", as: "teacher", kind: "json", call: archiveCohortAction, valid: (f) => ({ cohortId: f.cohort.id }), ids: ["cohortId"] },
  // Denial work (issue 14): the scrubber and sending the work
  {
    name: "scrubCorrectedClaim",
    as: "learner",
    kind: "json",
    call: scrubCorrectedClaim,
    valid: () => cleanCorrection(),
    ids: ["claimNumber"],
    optional: ["correction.memberId", "correction.renderingNpi", "correction.placeOfService"],
    extra: (valid) => [
      {
        label: "13 diagnoses",
        input: { ...valid, correction: { answer: { diagnoses: Array(13).fill({ code: "J45.909" }), procedures: [] } } },
        expect: "refused",
      },
      {
        label: "units 0 and a pointer to diagnosis 13",
        input: { ...valid, correction: { answer: { diagnoses: [{ code: "J45.909" }], procedures: [{ code: "99213", units: 0, pointers: [13] }] } } },
        expect: "refused",
      },
      { label: "a claim number of another shape", input: { ...valid, claimNumber: "../claims/1" }, expect: "refused" },
    ],
  },
  {
    name: "submitDenialWorkAction",
    as: "learner",
    kind: "json",
    call: submitDenialWorkAction,
    valid: () => ({
      claimNumber: findDenialScenario(DENIAL_CLAIMS.appeal)!.claim.claimNumber,
      idempotencyKey: "hostile-denial-0001",
      rootCause: "records-not-shown",
      resolution: "appeal",
      appeal: {
        letter: "Please reconsider: the consult notes in the attached records show each condition of the policy was met.",
        attachments: [{ documentId: "spine-consult", passage: 1 }],
      },
    }),
    ids: ["claimNumber", "idempotencyKey", "rootCause", "appeal.attachments.0.documentId"],
    extra: (valid) => [
      { label: "the fixture's key replayed for another claim", input: { ...valid, idempotencyKey: "fixture-denial-corrected" }, expect: "refused" },
      { label: "an appeal without a letter", input: { ...valid, appeal: undefined }, expect: "refused" },
      { label: "a letter of 40 spaces", input: { ...valid, appeal: { letter: " ".repeat(40), attachments: [] } }, expect: "refused" },
      {
        label: "41 attachments",
        input: { ...valid, appeal: { ...(valid.appeal as object), attachments: Array(41).fill({ documentId: "spine-consult", passage: 1 }) } },
        expect: "refused",
      },
      {
        label: "a passage number of -1",
        input: { ...valid, appeal: { ...(valid.appeal as object), attachments: [{ documentId: "spine-consult", passage: -1 }] } },
        expect: "refused",
      },
      { label: "a write-off without its reason", input: { ...valid, resolution: "write-off", appeal: undefined }, expect: "refused" },
      { label: "a corrected claim without the correction", input: { ...valid, resolution: "corrected-claim", appeal: undefined }, expect: "refused" },
    ],
  },
  // The workday (issue 15): a run, and its numbered actions
  {
    name: "startWorkday",
    as: "learner",
    kind: "json",
    call: startWorkday,
    // The learner's day of this scenario is in progress: starting it again resumes it.
    valid: () => ({ scenarioId: WORKDAY_SCENARIO }),
    ids: ["scenarioId"],
  },
  {
    name: "sendWorkdayAction",
    as: "learner",
    kind: "json",
    call: sendWorkdayAction,
    valid: (f) => ({
      runId: f.learner.workdayRunId,
      seq: f.learner.workdayNextSeq,
      action: { type: "open-chart", caseId: "ortho-knee-scope-medial-meniscus" },
    }),
    ids: ["runId", "action.caseId"],
    extra: (valid) => [
      { label: "another action under a number already used", input: { ...valid, seq: 1, action: { type: "log-off" } }, expect: "refused" },
      { label: "the stored action replayed under its number", input: { ...valid, seq: 1, action: { type: "advance" } }, expect: "either" },
      { label: "a number that skips ahead", input: { ...valid, seq: 40 }, expect: "refused" },
      { label: "number 0", input: { ...valid, seq: 0 }, expect: "refused" },
      { label: "a fractional number", input: { ...valid, seq: 1.5 }, expect: "refused" },
      { label: "an unknown action type", input: { ...valid, action: { type: "delete-run" } }, expect: "refused" },
      {
        label: "a chart submitted before it is opened",
        input: { ...valid, action: { type: "submit-chart", caseId: "fm-asthma-exacerbation-nebulizer", submission: { diagnoses: [], procedures: [] } } },
        expect: "refused",
      },
      {
        label: "an event that does not exist",
        input: { ...valid, action: { type: "respond-event", eventId: "no-such-event", choiceId: "a" } },
        expect: "refused",
      },
      {
        label: "a message that does not exist",
        input: { ...valid, action: { type: "answer-message", messageId: "no-such-message", choiceId: "a" } },
        expect: "refused",
      },
      { label: "a denial that does not exist", input: { ...valid, action: { type: "open-denial", denialId: "no-such-denial" } }, expect: "refused" },
      {
        label: "denial work that is not work",
        input: { ...valid, action: { type: "work-denial", denialId: "no-such-denial", work: { a: [1, { b: "c" }] } } },
        expect: "refused",
      },
      {
        label: "a teaching topic that does not exist",
        input: { ...valid, action: { type: "teach", topic: "<script>", approach: "own-example" } },
        expect: "refused",
      },
      {
        label: "a query of 3,000 characters",
        input: { ...valid, action: { type: "respond-event", eventId: "e1", text: "q".repeat(3000) } },
        expect: "refused",
      },
    ],
  },
  { name: "abandonWorkday", as: "learner", kind: "json", call: abandonWorkday, valid: (f) => ({ runId: f.learner.workdayRunId }), ids: ["runId"] },
];

/**
 * Server actions without a row above. The hostile-input suite fails when any server action the app exports is
 * neither in ACTION_ROWS nor here, or when this list is not empty: a new action gets a row, with the fixtures it needs.
 */
export const ACTIONS_AWAITING_ROWS: string[] = [];
