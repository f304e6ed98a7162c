import { z } from "zod";
import { HHMM_SHAPE, parseClock } from "@/lib/simulation/clock";

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case slug such as alex-orthopaedic-day");
const Text = z.string().trim().min(1, "text is required");
const Clock = z.string().regex(HHMM_SHAPE, "a 24-hour time such as 08:15");
const FigureKey = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, "a facts figure key such as workday.norm.office_em_charts_per_hour");
/** A link inside the app for "what to practise next": a practice case, a lesson or a denial scenario. */
const Href = z.string().regex(/^\/[a-z0-9/_-]*$/, "an app path such as /guide/day-in-the-life/afternoon-denials-and-education");

export const BLOCK_KINDS = ["queue-check", "coding", "lunch", "denials", "education", "wrap-up"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const TEACHING_TOPICS = ["link-diagnosis", "laterality", "time-statement", "history-exam-vs-mdm", "specificity"] as const;
export type TeachingTopic = (typeof TEACHING_TOPICS)[number];
export const TEACHING_APPROACHES = ["own-example", "rule-and-why", "payer-threat"] as const;
export type TeachingApproach = (typeof TEACHING_APPROACHES)[number];

const ChoiceQuality = z.enum(["best", "acceptable", "poor"]);

const Choice = z.strictObject({
  id: Slug,
  label: Text,
  /** Simulated minutes the choice takes. */
  minutes: z.number().int().min(0).max(120),
  quality: ChoiceQuality,
  /** What happens next, shown once the learner chooses. */
  consequence: Text,
});

const uniqueIds = (items: { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;
const withChoices = <T extends z.ZodType<{ choices: { id: string; quality: string }[] }>>(schema: T) =>
  schema
    .refine((item) => uniqueIds(item.choices), { message: "choice ids must be unique", path: ["choices"] })
    .refine((item) => item.choices.some((choice) => choice.quality === "best"), { message: "at least one choice must be the best one", path: ["choices"] });

export const EventSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: Slug,
    kind: z.literal("stat-chart"),
    at: Clock,
    from: Text,
    title: Text,
    body: Text,
    caseId: Slug,
    minutes: z.number().int().min(1).max(60).optional(),
    /** The chart should be coded within this many simulated minutes of arriving. */
    dueWithinMinutes: z.number().int().min(5).max(480),
  }),
  withChoices(
    z.strictObject({
      id: Slug,
      kind: z.literal("billing-question"),
      at: Clock,
      from: Text,
      title: Text,
      body: Text,
      choices: z.array(Choice).min(2).max(4),
      learnHref: Href.optional(),
    }),
  ),
  withChoices(
    z.strictObject({
      id: Slug,
      kind: z.literal("interruption"),
      at: Clock,
      from: Text,
      title: Text,
      body: Text,
      choices: z.array(Choice).min(2).max(4),
      learnHref: Href.optional(),
    }),
  ),
  z.strictObject({
    id: Slug,
    kind: z.literal("physician-query"),
    at: Clock,
    from: Text,
    title: Text,
    /** The documentation that needs clarifying, quoted from the record. */
    body: Text,
    /** Clinical indicators from the record a compliant query should cite. */
    indicators: z.array(Text).min(1),
    choices: z
      .array(z.strictObject({ id: Slug, label: Text, leading: z.boolean(), why: Text }))
      .min(2)
      .max(4)
      .refine((choices) => choices.some((choice) => !choice.leading), { message: "one query wording must be compliant" }),
    minutes: z.number().int().min(1).max(60),
    learnHref: Href.optional(),
  }),
]);
export type DayEvent = z.infer<typeof EventSchema>;

export const MessageSchema = withChoices(
  z.strictObject({ id: Slug, from: Text, subject: Text, body: Text, choices: z.array(Choice).min(2).max(4), learnHref: Href.optional() }),
);
export type BillingMessage = z.infer<typeof MessageSchema>;

const Sample = z.strictObject({ id: Slug, title: Text, text: Text, issues: z.array(z.enum(TEACHING_TOPICS)).min(1) });

export const EducationSchema = z.strictObject({
  physician: z.strictObject({ name: Text, specialty: Text, note: Text }),
  samples: z.array(Sample).min(1).max(4),
  /** How many topics fit in the call. */
  turns: z.number().int().min(1).max(5),
  minutesPerTurn: z.number().int().min(5).max(45),
  /** The physician's next note on each topic: as it reads when the lesson landed, and when it did not. */
  nextNotes: z.partialRecord(z.enum(TEACHING_TOPICS), z.strictObject({ improved: Text, unchanged: Text })),
  learnHref: Href.optional(),
});
export type EducationCall = z.infer<typeof EducationSchema>;

const Block = z.strictObject({ id: Slug, kind: z.enum(BLOCK_KINDS), title: Text, start: Clock, end: Clock, description: Text });

export const ScenarioSchema = z
  .strictObject({
    id: Slug,
    version: z.number().int().positive(),
    order: z.number().int().min(0),
    title: Text,
    role: Text,
    setting: Text,
    summary: Text,
    tutorial: z.boolean().default(false),
    norms: z.strictObject({ productivity: FigureKey, accuracy: FigureKey, productivityBar: FigureKey }),
    blocks: z.array(Block).min(2),
    queue: z.array(z.strictObject({ caseId: Slug, minutes: z.number().int().min(1).max(60) })).min(1),
    events: z.array(EventSchema).default([]),
    denials: z.array(z.strictObject({ id: Slug, minutes: z.number().int().min(5).max(90) })).default([]),
    education: EducationSchema.optional(),
    messages: z.array(MessageSchema).default([]),
    audit: z.strictObject({ sampleSize: z.number().int().min(1).max(20) }),
  })
  .superRefine((scenario, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });
    scenario.blocks.forEach((block, index) => {
      if (parseClock(block.end) <= parseClock(block.start)) issue(`${block.id} ends before it starts`, ["blocks", index]);
      const previous = scenario.blocks[index - 1];
      if (previous && parseClock(block.start) < parseClock(previous.end)) issue(`${block.id} starts before ${previous.id} ends`, ["blocks", index]);
    });
    if (!uniqueIds(scenario.blocks)) issue("block ids must be unique", ["blocks"]);
    if (!uniqueIds(scenario.events)) issue("event ids must be unique", ["events"]);
    if (!uniqueIds(scenario.messages)) issue("message ids must be unique", ["messages"]);
    const caseIds = [
      ...scenario.queue.map((chart) => chart.caseId),
      ...scenario.events.flatMap((event) => (event.kind === "stat-chart" ? [event.caseId] : [])),
    ];
    if (new Set(caseIds).size !== caseIds.length) issue("a chart appears twice in the day (queue and STAT charts must differ)", ["queue"]);
    const kinds = new Set(scenario.blocks.map((block) => block.kind));
    if (!kinds.has("coding") && !kinds.has("wrap-up")) issue("a day needs a coding or wrap-up block", ["blocks"]);
    if (scenario.denials.length > 0 && !kinds.has("denials")) issue("denials need a denials block", ["denials"]);
    if (scenario.education && !kinds.has("education")) issue("the education call needs an education block", ["education"]);
    if (kinds.has("education") && !scenario.education) issue("an education block needs the call's content", ["education"]);
    const first = scenario.blocks[0];
    const last = scenario.blocks.at(-1);
    scenario.events.forEach((event, index) => {
      const at = parseClock(event.at);
      if (first && last && (at < parseClock(first.start) || at >= parseClock(last.end)))
        issue(`${event.id} happens outside the working day`, ["events", index]);
    });
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioBlock = Scenario["blocks"][number];
