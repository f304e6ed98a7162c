import { loadDenialScenarios } from "@/lib/claims/load-content";
import { findCase } from "@/lib/practice/case-catalog";
import type { DayAction } from "@/lib/simulation/types";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";

export const TUTORIAL_KNEE = "ortho-knee-scope-medial-meniscus";
export const TUTORIAL_BRACE = loadDenialScenarios().find((denial) => denial.id === "ortho-knee-brace-missing-side")!;

/** The knee brace denial worked right: the side was missing, so a corrected claim adds RT. */
export const braceFixedWithRt = {
  rootCause: TUTORIAL_BRACE.rootCause.options.find((option) => option.correct)!.id,
  resolution: "corrected-claim",
  correction: {
    answer: {
      diagnoses: TUTORIAL_BRACE.claim.diagnoses.map((code) => ({ code })),
      procedures: [{ system: "hcpcs", code: "L1833", modifiers: ["RT"], units: 1, pointers: [1] }],
    },
  },
};

/** The tutorial day's morning, played well: the knee coded from its key, then the brace denial worked. */
export const tutorialMorning: DayAction[] = [
  { type: "advance" },
  { type: "respond-event", eventId: "team-chat", choiceId: "reply-briefly" },
  { type: "open-chart", caseId: TUTORIAL_KNEE },
  { type: "submit-chart", caseId: TUTORIAL_KNEE, submission: submissionFromKey(findCase(TUTORIAL_KNEE)!.key) },
  { type: "advance" },
  { type: "open-denial", denialId: TUTORIAL_BRACE.id },
  { type: "work-denial", denialId: TUTORIAL_BRACE.id, work: braceFixedWithRt },
];
