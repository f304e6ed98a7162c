import type { Role } from "@/lib/auth/schemas";

export type Actor = { id: string; role: Role };

// Named permissions, used by pages (to show or hide) and by actions and routes (to allow or refuse) alike.
export const canManageUsers = (actor: Actor) => actor.role === "ADMIN";
export const canTeach = (actor: Actor) => actor.role === "INSTRUCTOR" || actor.role === "ADMIN";

/**
 * Who may decide a dispute. Without context (a page listing every dispute): admins only. With the dispute's
 * context, also the instructor who teaches the learner who raised it (the learner is an active member of one of
 * the instructor's cohorts and raised the dispute after joining it).
 */
export const canReviewDisputes = (actor: Actor, context?: { teachesLearner: boolean }) =>
  actor.role === "ADMIN" || (actor.role === "INSTRUCTOR" && context?.teachesLearner === true);

/** An instructor manages the cohorts they own; an admin may manage any. */
export const canManageCohort = (actor: Actor, cohort: { ownerId: string }) =>
  actor.role === "ADMIN" || (actor.role === "INSTRUCTOR" && cohort.ownerId === actor.id);

/** Cohorts are for learners: instructors and admins teach them rather than join them. */
export const canJoinCohort = (actor: Actor) => actor.role === "LEARNER";
