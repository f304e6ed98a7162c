import type { Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { loadGradebook } from "@/lib/cohorts/load-gradebook";
import { listTaughtCohorts } from "@/lib/cohorts/manage-cohorts";

const WEEK_MS = 7 * 86_400_000;

/** The instructor's home: their cohorts, what falls due in the next seven days, and who is falling behind. */
export async function loadInstructorHome(db: Database, actor: Actor, now = new Date()) {
  const cohorts = await listTaughtCohorts(db, actor);
  const live = cohorts.filter((cohort) => !cohort.archivedAt);
  const gradebooks = await Promise.all(live.map((cohort) => loadGradebook(db, actor, cohort.id, now)));
  const dueThisWeek = gradebooks
    .flatMap((gradebook) =>
      gradebook.assignments
        .filter((assignment) => assignment.dueAt.getTime() >= now.getTime() - 86_400_000 && assignment.dueAt.getTime() <= now.getTime() + WEEK_MS)
        .map((assignment) => ({
          cohortId: gradebook.cohort.id,
          cohortName: gradebook.cohort.name,
          id: assignment.id,
          title: assignment.title,
          dueAt: assignment.dueAt,
          ...assignment.summary,
        })),
    )
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const fallingBehind = gradebooks
    .flatMap((gradebook) =>
      gradebook.rows
        .filter((row) => row.standing.fallingBehind)
        .map((row) => ({
          cohortId: gradebook.cohort.id,
          cohortName: gradebook.cohort.name,
          learnerId: row.learnerId,
          name: row.name ?? row.email,
          ...row.standing,
        })),
    )
    .sort((a, b) => b.overdue - a.overdue || (a.average ?? 100) - (b.average ?? 100));
  return { cohorts, dueThisWeek, fallingBehind };
}
