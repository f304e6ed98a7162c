// The authorisation matrix: every owned resource, every way to reach it in process (server actions, and the
// domain reads the pages make), tried by every actor who is not its owner. A capability that adds an owned
// resource (denial work, workday runs, cohorts) adds rows here; see README "Security".
import { ACTION_ROWS } from "./action-table";
import type { SecurityWorld } from "./fixtures";
import type { Database } from "@/lib/db/client";
import { getAttempt, getCaseStandings, listCaseAttempts } from "@/lib/practice/attempts";
import { disputedLineIds } from "@/lib/practice/disputes";
import { getDraft } from "@/lib/practice/drafts";
import { getLearnerProfile } from "@/lib/profile/learner-profile";
import { findSalaryScenarios, getSalaryScenario } from "@/lib/salary/scenarios";

export type Intruder = "another learner" | "an instructor" | "signed out";

export type MatrixRow = {
  resource: "attempt" | "draft" | "dispute" | "profile" | "scenario" | "account";
  /** What is tried, in words. */
  attempt: string;
  via: "action" | "page read";
  /** Runs as the intruder (`userId` is null when signed out); returns whatever the intruder gets back. */
  run: (world: SecurityWorld, db: Database, userId: string | null) => Promise<unknown>;
};

const action = (name: string) => ACTION_ROWS.find((row) => row.name === name)!.call;
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};
/** A page read is only reachable signed in; signed out, the page redirects before it reads anything. */
const signedIn = (read: (userId: string) => Promise<unknown>) => async (_world: SecurityWorld, _db: Database, userId: string | null) =>
  userId === null ? null : read(userId).catch((error: unknown) => ({ refused: (error as Error).message }));

export const MATRIX_ROWS: MatrixRow[] = [
  // Attempts
  {
    resource: "attempt",
    attempt: "open the owner's attempt page",
    via: "page read",
    run: (w, db, id) => signedIn((user) => getAttempt(db, user, w.fixtures.learner.attemptId))(w, db, id),
  },
  {
    resource: "attempt",
    attempt: "list attempts at the owner's case",
    via: "page read",
    run: (w, db, id) => signedIn((user) => listCaseAttempts(db, user, w.fixtures.caseId))(w, db, id),
  },
  {
    resource: "attempt",
    attempt: "read case standings",
    via: "page read",
    run: (w, db, id) => signedIn(async (user) => [...(await getCaseStandings(db, user)).entries()])(w, db, id),
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
    run: (w, db, id) => signedIn((user) => getDraft(db, user, w.fixtures.caseId))(w, db, id),
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
    run: (w, db, id) => signedIn((user) => disputedLineIds(db, user, w.fixtures.caseId))(w, db, id),
  },
  {
    resource: "dispute",
    attempt: "accept the owner's dispute",
    via: "action",
    run: (w) => action("decideDispute")(form({ disputeId: w.fixtures.learner.disputeId, status: "ACCEPTED" })),
  },
  // Profile
  { resource: "profile", attempt: "read the profile page", via: "page read", run: (w, db, id) => signedIn((user) => getLearnerProfile(db, user))(w, db, id) },
  { resource: "profile", attempt: "save a profile", via: "action", run: () => action("saveProfile")(form({ state: "ca", payGoal: "99999" })) },
  // Scenarios
  { resource: "scenario", attempt: "list saved scenarios", via: "page read", run: (w, db, id) => signedIn((user) => findSalaryScenarios(db, user))(w, db, id) },
  {
    resource: "scenario",
    attempt: "open the owner's scenario",
    via: "page read",
    run: (w, db, id) => signedIn((user) => getSalaryScenario(db, user, w.fixtures.learner.scenarioId))(w, db, id),
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
];

/** Everything the owner has, as one string: it must be the same after every intrusion. */
export async function ownerSnapshot(db: Database, ownerId: string): Promise<string> {
  const [user, attempts, drafts, disputes, profile, scenarios] = await Promise.all([
    db.user.findUnique({ where: { id: ownerId }, omit: { passwordHash: false } }),
    db.codingAttempt.findMany({ where: { userId: ownerId }, orderBy: { id: "asc" } }),
    db.codingDraft.findMany({ where: { userId: ownerId }, orderBy: { id: "asc" } }),
    db.keyDispute.findMany({ where: { userId: ownerId }, orderBy: { id: "asc" } }),
    db.learnerProfile.findUnique({ where: { userId: ownerId } }),
    db.salaryScenario.findMany({ where: { userId: ownerId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ user, attempts, drafts, disputes, profile, scenarios });
}

/** Strings that only the owner's rows contain: none may appear in what an intruder gets back. */
export function ownerMarkers(world: SecurityWorld): string[] {
  return [
    world.fixtures.learner.attemptId,
    world.fixtures.learner.scenarioId,
    world.fixtures.learner.disputeId,
    "Owner's plan",
    "OWNER",
    "61234",
    world.fixtures.learner.email,
  ];
}
