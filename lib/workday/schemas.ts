import { z } from "zod";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";
import { TEACHING_APPROACHES, TEACHING_TOPICS } from "@/lib/simulation/scenario-schema";

const Id = z.string().trim().min(1).max(120);

export const DayActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("open-chart"), caseId: Id }),
  z.object({ type: z.literal("submit-chart"), caseId: Id, submission: CodingSubmissionSchema }),
  z.object({
    type: z.literal("respond-event"),
    eventId: Id,
    choiceId: Id.optional(),
    text: z.string().max(2000, "Keep the query under 2,000 characters.").optional(),
  }),
  z.object({ type: z.literal("open-denial"), denialId: Id }),
  z.object({ type: z.literal("work-denial"), denialId: Id, work: z.unknown() }),
  z.object({
    type: z.literal("teach"),
    topic: z.enum(TEACHING_TOPICS, "Choose a topic to teach."),
    approach: z.enum(TEACHING_APPROACHES, "Choose how to teach it."),
  }),
  z.object({ type: z.literal("answer-message"), messageId: Id, choiceId: Id }),
  z.object({ type: z.literal("advance") }),
  z.object({ type: z.literal("log-off") }),
]);

/** One action sent by the day screen: the run, the sequence number it expects to be, and the action. */
export const AppendActionSchema = z.strictObject({
  runId: Id,
  seq: z.number().int().min(1).max(100_000),
  action: DayActionSchema,
});
export type AppendActionInput = z.output<typeof AppendActionSchema>;

export const StartRunSchema = z.strictObject({ scenarioId: Id });
export const RunIdSchema = z.strictObject({ runId: Id });
