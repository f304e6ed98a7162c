// The authorisation matrix: every owned resource, every way to reach it in process (server actions, route handlers,
// and the domain reads the pages make), tried by every actor who is not its owner. A capability that adds an owned
// resource adds rows here; see README "Security".
import { GET as exportGradebook } from "@/app/(app)/instructor/cohorts/[cohortId]/gradebook/export/route";
import { ACTION_ROWS } from "./action-table";
import { OWNER_APPEAL_LETTER, type SecurityWorld } from "./fixtures";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadInstructorHome } from "@/lib/cohorts/instructor-home";
import { getLearnerCohort, listLearnerCohorts, loadDueWork } from "@/lib/cohorts/learner-cohorts";
import { getLearnerAttempt, loadLearnerWork } from "@/lib/cohorts/learner-work";
import { loadGradebook } from "@/lib/cohorts/load-gradebook";
import { loadAssignmentAnalysis, loadCohortFamilies } from "@/lib/cohorts/load-item-analysis";
import type { Database } from "@/lib/db/client";
import { getDenialAttempt, listDenialAttempts } from "@/lib/denials/attempts";
import { findScenario as findDenialScenario } from "@/lib/denials/catalog";
import { getWorklist } from "@/lib/denials/worklist";
import { getAttempt, getCaseStandings, listCaseAttempts } from "@/lib/practice/attempts";
import { listReviewableDisputes } from "@/lib/practice/dispute-review";
import { disputedLineIds } from "@/lib/practice/disputes";
import { getDraft } from "@/lib/practice/drafts";
import { getLearnerProfile } from "@/lib/profile/learner-profile";
import { findSalaryScenarios, getSalaryScenario } from "@/lib/salary/scenarios";
import { getRunReport, listRuns, loadRun } from "@/lib/workday/runs";
import { buildDayView } from "@/lib/workday/day-view";

export type Intruder = "another learner" | "an instructor outside the cohort" | "a removed learner" | "signed out" | "a forged cookie";

export const MATRIX_RESOURCES = [
  "attempt",
  "draft",
  "dispute",
  "profile",
  "scenario",
  "account",
  "denial work",
  "workday run",
  "cohort",
  "instructor view",
] as const;
export type MatrixResource = (typeof MATRIX_RESOURCES)[number];

export type MatrixRow = {
  resource: MatrixResource;
  /** What is tried, in words. */
  attempt: string;
  via: "action" | "page read" | "route";
  /** Runs as the intruder (`actor` is null when signed out); returns whatever the intruder gets back. */
  run: (world: SecurityWorld, db: Database, actor: CurrentUser | null) => Promise<unknown>;
};

const action = (name: string) => ACTION_ROWS.find((row) => row.name === name)!.call;
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};
/** A page read is only reachable signed in; signed out, the page redirects before it reads anything. */
const signedIn = (read: (actor: CurrentUser) => Promise<unknown>) => async (_world: SecurityWorld, _db: Database, actor: CurrentUser | null) =>
  actor === null ? null : read(actor).catch((error: unknown) => ({ refused: (error as Error).message }));
/** The same for a row that needs the world: `page((world, db, actor) => read(...))`. */
const page =
  (read: (world: SecurityWorld, db: Database, actor: CurrentUser) => Promise<unknown>) =>
  async (world: SecurityWorld, db: Database, actor: CurrentUser | null) =>
    actor === null ? null : read(world, db, actor).catch((error: unknown) => ({ refused: (error as Error).message }));
/** A route handler's answer: its status and body. */
const answer = async (response: Response) => ({ status: response.status, body: await response.text() });

export const MATRIX_ROWS: MatrixRow[] = [
  // Attempts
  {
    resource: "attempt",
    attempt: "open the owner's attempt page",
    via: "page read",
    run: (w, db, id) => signedIn((user) => getAttempt(db, user.id, w.fixtures.learner.attemptId))(w, db, id),
  },
  {
    resource: "attempt",
    attempt: "list attempts at the owner's case",
    via: "page read",
    run: (w, db, id) => signedIn((user) => listCaseAttempts(db, user.id, w.fixtures.caseId))(w, db, id),
  },
  {
    resource: "attempt",
    attempt: "read case standings",
    via: "page read",
    run: (w, db, id) => signedIn(async (user) => [...(await getCaseStandings(db, user.id)).entries()])(w, db, id),
  },
  {
    resource: "attempt",
    attempt: "dispute a key line citing the owner's attempt",
    via: "action",
    run: (w) =>
      action("disputeKeyLineAction")({
        caseId: w.fixtures.caseId,
        keyLineId: "d2",
        note: "Citing someone else's attempt here.",
        attemptId: w.fixtures.learner.attemptId,
      }),
  },
  {
    resource: "attempt",
    attempt: "replay the owner's idempotency key",
    via: "action",
    run: (w) =>
      action("submitCoding")({ caseId: w.fixtures.caseId, idempotencyKey: "fixture-attempt-1", answer: { diagnoses: [{ code: "R05.9" }], procedures: [] } }),
  },
  // Drafts
  {
    resource: "draft",
    attempt: "read the draft of the owner's case",
    via: "page read",
    run: (w, db, id) => signedIn((user) => getDraft(db, user.id, w.fixtures.caseId))(w, db, id),
  },
  {
    resource: "draft",
    attempt: "save a draft on the same case",
    via: "action",
    run: (w) => action("saveCodingDraft")({ caseId: w.fixtures.caseId, answer: { diagnoses: [{ code: "INTRUDER" }], procedures: [] } }),
  },
  { resource: "draft", attempt: "restart the same case", via: "action", run: (w) => action("restartCoding")(w.fixtures.caseId) },
  { resource: "draft", attempt: "start the same case", via: "action", run: (w) => action("startCoding")(w.fixtures.caseId) },
  // Disputes
  {
    resource: "dispute",
    attempt: "see which lines the owner disputed",
    via: "page read",
    run: (w, db, id) => signedIn((user) => disputedLineIds(db, user.id, w.fixtures.caseId))(w, db, id),
  },
  {
    resource: "dispute",
    attempt: "accept the owner's dispute with a reply",
    via: "action",
    run: (w) =>
      action("reviewDisputeAction")(
        form({ disputeId: w.fixtures.learner.disputeId, status: "ACCEPTED", reply: "Accepted by someone who is not the instructor." }),
      ),
  },
  // Profile
  {
    resource: "profile",
    attempt: "read the profile page",
    via: "page read",
    run: (w, db, id) => signedIn((user) => getLearnerProfile(db, user.id))(w, db, id),
  },
  { resource: "profile", attempt: "save a profile", via: "action", run: () => action("saveProfile")(form({ state: "ca", payGoal: "99999" })) },
  // Scenarios
  {
    resource: "scenario",
    attempt: "list saved scenarios",
    via: "page read",
    run: (w, db, id) => signedIn((user) => findSalaryScenarios(db, user.id))(w, db, id),
  },
  {
    resource: "scenario",
    attempt: "open the owner's scenario",
    via: "page read",
    run: (w, db, id) => signedIn((user) => getSalaryScenario(db, user.id, w.fixtures.learner.scenarioId))(w, db, id),
  },
  {
    resource: "scenario",
    attempt: "rename the owner's scenario",
    via: "action",
    run: (w) => action("renameScenario")({ scenarioId: w.fixtures.learner.scenarioId, name: "Taken over" }),
  },
  {
    resource: "scenario",
    attempt: "delete the owner's scenario",
    via: "action",
    run: (w) => action("deleteScenario")({ scenarioId: w.fixtures.learner.scenarioId }),
  },
  // The account itself
  {
    resource: "account",
    attempt: "change the owner's role",
    via: "action",
    run: (w) => action("changeRole")(form({ userId: w.fixtures.learner.id, role: "ADMIN" })),
  },
  {
    resource: "account",
    attempt: "deactivate the owner",
    via: "action",
    run: (w) => action("setUserActiveAction")(form({ userId: w.fixtures.learner.id, active: "false" })),
  },
  {
    resource: "account",
    attempt: "change the password (with the owner's password)",
    via: "action",
    run: (w) =>
      action("changePasswordAction")(
        form({ currentPassword: w.fixtures.learner.password, newPassword: "intruder's new phrase", confirmPassword: "intruder's new phrase" }),
      ),
  },
  // Denial work: the learner's claims worked, the appeal letter, the corrected claim
  { resource: "denial work", attempt: "read the denials worklist", via: "page read", run: page((w, db, actor) => getWorklist(db, actor.id)) },
  {
    resource: "denial work",
    attempt: "list the attempts at the owner's appealed claim",
    via: "page read",
    run: page((w, db, actor) => listDenialAttempts(db, actor.id, findDenialScenario("ortho-lumbar-esi-medical-necessity")!.id)),
  },
  {
    resource: "denial work",
    attempt: "open the owner's appeal and corrected claim",
    via: "page read",
    run: page((w, db, actor) =>
      Promise.all(w.fixtures.learner.denialAttemptIds.map((id) => getDenialAttempt(db, actor.id, id).catch((error: Error) => error.message))),
    ),
  },
  {
    resource: "denial work",
    attempt: "replay the owner's denial submission key",
    via: "action",
    run: () =>
      action("submitDenialWorkAction")({
        claimNumber: findDenialScenario("ortho-lumbar-esi-medical-necessity")!.claim.claimNumber,
        idempotencyKey: "fixture-denial-appeal",
        rootCause: "records-not-shown",
        resolution: "appeal",
        appeal: { letter: "An intruder's letter that tries to take over the owner's submission key.", attachments: [] },
      }),
  },
  // Workday runs
  { resource: "workday run", attempt: "list workday runs", via: "page read", run: page((w, db, actor) => listRuns(db, actor.id)) },
  {
    resource: "workday run",
    attempt: "open the owner's day",
    via: "page read",
    run: page(async (w, db, actor) => buildDayView(db, actor.id, await loadRun(db, actor.id, w.fixtures.learner.workdayRunId))),
  },
  {
    resource: "workday run",
    attempt: "open the owner's day report",
    via: "page read",
    run: page((w, db, actor) => getRunReport(db, actor.id, w.fixtures.learner.workdayRunId)),
  },
  {
    resource: "workday run",
    attempt: "send the next action of the owner's day",
    via: "action",
    run: (w) => action("sendWorkdayAction")({ runId: w.fixtures.learner.workdayRunId, seq: w.fixtures.learner.workdayNextSeq, action: { type: "advance" } }),
  },
  {
    resource: "workday run",
    attempt: "replay the owner's first action",
    via: "action",
    run: (w) => action("sendWorkdayAction")({ runId: w.fixtures.learner.workdayRunId, seq: 1, action: { type: "advance" } }),
  },
  {
    resource: "workday run",
    attempt: "abandon the owner's day",
    via: "action",
    run: (w) => action("abandonWorkday")({ runId: w.fixtures.learner.workdayRunId }),
  },
  // The cohort the owner is in: roster, gradebook, drill-down into the owner's work, assignments, join code
  {
    resource: "cohort",
    attempt: "read the roster and gradebook",
    via: "page read",
    run: page((w, db, actor) => loadGradebook(db, actor, w.fixtures.cohort.id)),
  },
  {
    resource: "cohort",
    attempt: "export the gradebook",
    via: "route",
    run: (w) =>
      exportGradebook(new Request(`http://localhost/instructor/cohorts/${w.fixtures.cohort.id}/gradebook/export`), {
        params: Promise.resolve({ cohortId: w.fixtures.cohort.id }),
      }).then(answer),
  },
  {
    resource: "cohort",
    attempt: "drill into the owner's work",
    via: "page read",
    run: page((w, db, actor) => loadLearnerWork(db, actor, w.fixtures.cohort.id, w.fixtures.learner.id)),
  },
  {
    resource: "cohort",
    attempt: "open the owner's attempt from the gradebook",
    via: "page read",
    run: page((w, db, actor) => getLearnerAttempt(db, actor, w.fixtures.cohort.id, w.fixtures.learner.id, w.fixtures.learner.attemptId)),
  },
  {
    resource: "cohort",
    attempt: "read an assignment's item analysis",
    via: "page read",
    run: page((w, db, actor) => loadAssignmentAnalysis(db, actor, w.fixtures.cohort.id, w.fixtures.cohort.assignmentId)),
  },
  {
    resource: "cohort",
    attempt: "read the cohort's code families",
    via: "page read",
    run: page((w, db, actor) => loadCohortFamilies(db, actor, w.fixtures.cohort.id)),
  },
  {
    resource: "cohort",
    attempt: "open the cohort as a learner",
    via: "page read",
    run: page((w, db, actor) => getLearnerCohort(db, actor.id, w.fixtures.cohort.id)),
  },
  {
    resource: "cohort",
    attempt: "list my cohorts and due work",
    via: "page read",
    run: page(async (w, db, actor) => [await listLearnerCohorts(db, actor.id), await loadDueWork(db, actor.id)]),
  },
  {
    resource: "cohort",
    attempt: "issue a new join code",
    via: "action",
    run: (w) => action("issueJoinCodeAction")(form({ cohortId: w.fixtures.cohort.id, validDays: "30" })),
  },
  {
    resource: "cohort",
    attempt: "revoke the join codes",
    via: "action",
    run: (w) => action("revokeJoinCodesAction")(form({ cohortId: w.fixtures.cohort.id })),
  },
  { resource: "cohort", attempt: "archive the cohort", via: "action", run: (w) => action("archiveCohortAction")({ cohortId: w.fixtures.cohort.id }) },
  {
    resource: "cohort",
    attempt: "remove the owner from the cohort",
    via: "action",
    run: (w) => action("removeLearnerAction")({ cohortId: w.fixtures.cohort.id, learnerId: w.fixtures.learner.id }),
  },
  {
    resource: "cohort",
    attempt: "set an assignment",
    via: "action",
    run: (w) =>
      action("createAssignmentAction")(
        form({
          cohortId: w.fixtures.cohort.id,
          title: "Intruder's assignment",
          opensAt: "2026-12-01T09:00",
          dueAt: "2026-12-08T09:00",
          items: `CHART_CASE:${w.fixtures.caseId}`,
        }),
      ),
  },
  {
    resource: "cohort",
    attempt: "delete the assignment",
    via: "action",
    run: (w) => action("deleteAssignmentAction")({ cohortId: w.fixtures.cohort.id, assignmentId: w.fixtures.cohort.assignmentId }),
  },
  { resource: "cohort", attempt: "join with a guessed code", via: "action", run: () => action("joinCohortAction")(form({ code: "ABCD-EFGH-JKMN-PQRS-TVWX" })) },
  // What only the owner's instructor sees
  { resource: "instructor view", attempt: "open the instructor home", via: "page read", run: page((w, db, actor) => loadInstructorHome(db, actor)) },
  { resource: "instructor view", attempt: "list the disputes to review", via: "page read", run: page((w, db, actor) => listReviewableDisputes(db, actor)) },
  {
    resource: "instructor view",
    attempt: "regrade the owner's attempt",
    via: "action",
    run: (w) => action("regradeAttemptAction")({ attemptId: w.fixtures.learner.attemptId }),
  },
];

/** Everything the owner has (and the cohort they are in), as one string: it must be the same after every intrusion. */
export async function ownerSnapshot(db: Database, world: SecurityWorld): Promise<string> {
  const ownerId = world.fixtures.learner.id;
  const cohortId = world.fixtures.cohort.id;
  const byId = { orderBy: { id: "asc" as const } };
  const [user, attempts, drafts, disputes, replies, profile, scenarios, denialAttempts, claimSubmissions, runs, runActions, cohort] = await Promise.all([
    db.user.findUnique({ where: { id: ownerId }, omit: { passwordHash: false } }),
    db.codingAttempt.findMany({ where: { userId: ownerId }, ...byId }),
    db.codingDraft.findMany({ where: { userId: ownerId }, ...byId }),
    db.keyDispute.findMany({ where: { userId: ownerId }, ...byId }),
    db.disputeReply.findMany({ where: { dispute: { userId: ownerId } }, ...byId }),
    db.learnerProfile.findUnique({ where: { userId: ownerId } }),
    db.salaryScenario.findMany({ where: { userId: ownerId }, ...byId }),
    db.denialAttempt.findMany({ where: { userId: ownerId }, ...byId }),
    db.claimSubmission.findMany({ where: { userId: ownerId }, ...byId }),
    db.workdayRun.findMany({ where: { userId: ownerId }, ...byId }),
    db.workdayAction.findMany({ where: { run: { userId: ownerId } }, ...byId }),
    db.cohort.findUnique({
      where: { id: cohortId },
      include: { members: byId, joinCodes: byId, assignments: { ...byId, include: { items: byId } } },
    }),
  ]);
  return JSON.stringify({ user, attempts, drafts, disputes, replies, profile, scenarios, denialAttempts, claimSubmissions, runs, runActions, cohort });
}

/** Strings that only the owner's rows (and their cohort's) contain: none may appear in what an intruder gets back. */
export function ownerMarkers(world: SecurityWorld): string[] {
  const { learner, cohort } = world.fixtures;
  return [
    learner.attemptId,
    learner.scenarioId,
    learner.disputeId,
    ...learner.denialAttemptIds,
    learner.workdayRunId,
    cohort.id,
    cohort.assignmentId,
    cohort.joinCode,
    cohort.joinCode.replaceAll("-", ""),
    "Owner's plan",
    "Owner's cohort",
    "Owner's assignment",
    OWNER_APPEAL_LETTER.slice(0, 40),
    "OWNER",
    "61234",
    learner.email,
  ];
}
