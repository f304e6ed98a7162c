"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, formAction } from "@/app/_lib/action";
import { canTeach } from "@/lib/auth/policy";
import { createAssignment, deleteAssignment } from "@/lib/cohorts/assignments";
import { archiveCohort, createCohort, issueJoinCode, removeLearner, revokeJoinCodes } from "@/lib/cohorts/manage-cohorts";
import {
  CohortActionSchema,
  CreateAssignmentSchema,
  CreateCohortSchema,
  DeleteAssignmentSchema,
  IssueJoinCodeSchema,
  RemoveLearnerSchema,
} from "@/lib/cohorts/schemas";
import { getDatabase } from "@/lib/db/client";

const teacher = { policy: canTeach, forbiddenMessage: "Only instructors can manage cohorts." };
const refresh = (cohortId: string) => {
  revalidatePath("/instructor");
  revalidatePath(`/instructor/cohorts/${cohortId}`);
};

export const createCohortAction = formAction(CreateCohortSchema, { ...teacher, invalidMessage: "Check the cohort's name and dates." }, async (input, user) => {
  const cohort = await createCohort(await getDatabase(), user, input);
  revalidatePath("/instructor");
  redirect(`/instructor/cohorts/${cohort.id}`);
});

export const issueJoinCodeAction = formAction(IssueJoinCodeSchema, teacher, async (input, user) => {
  await issueJoinCode(await getDatabase(), user, input.cohortId, input.validDays);
  refresh(input.cohortId);
});

export const revokeJoinCodesAction = formAction(CohortActionSchema, teacher, async (input, user) => {
  await revokeJoinCodes(await getDatabase(), user, input.cohortId);
  refresh(input.cohortId);
});

export const archiveCohortAction = action(CohortActionSchema, teacher, async (input, user) => {
  await archiveCohort(await getDatabase(), user, input.cohortId);
  refresh(input.cohortId);
});

export const removeLearnerAction = action(RemoveLearnerSchema, teacher, async (input, user) => {
  await removeLearner(await getDatabase(), user, input.cohortId, input.learnerId);
  refresh(input.cohortId);
});

export const createAssignmentAction = formAction(
  CreateAssignmentSchema,
  { ...teacher, invalidMessage: "Check the assignment: title, dates and at least one item." },
  async (input, user) => {
    const assignment = await createAssignment(await getDatabase(), user, input);
    refresh(input.cohortId);
    return { id: assignment.id };
  },
);

export const deleteAssignmentAction = action(DeleteAssignmentSchema, teacher, async (input, user) => {
  await deleteAssignment(await getDatabase(), user, input.cohortId, input.assignmentId);
  refresh(input.cohortId);
});
