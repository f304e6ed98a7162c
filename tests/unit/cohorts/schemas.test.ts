import { describe, expect, it } from "vitest";
import { CreateAssignmentSchema, CreateCohortSchema } from "@/lib/cohorts/schemas";

const RTL_OVERRIDE = "\u202E";
const ISOLATE = "\u2067";

describe("cohort and assignment text shown to other people", () => {
  it("removes bidi overrides and isolates from a cohort name, so it reads as typed in every member's list", () => {
    const parsed = CreateCohortSchema.parse({ name: `${RTL_OVERRIDE}Spring ${ISOLATE}coders`, startsOn: "2027-01-11", endsOn: "2027-05-14" });
    expect(parsed.name).toBe("Spring coders");
  });

  it("counts the name's length without them", () => {
    const result = CreateCohortSchema.safeParse({ name: `${RTL_OVERRIDE}${RTL_OVERRIDE}ab`, startsOn: "2027-01-11", endsOn: "2027-05-14" });
    expect(result.error?.issues[0]?.message).toBe("A cohort name needs at least 3 characters.");
  });

  it("removes them from an assignment's title and instructions", () => {
    const parsed = CreateAssignmentSchema.parse({
      cohortId: "cohort1",
      title: `Week 1 ${RTL_OVERRIDE}review`,
      instructions: `Read ${ISOLATE}the lesson${RTL_OVERRIDE} first.`,
      opensAt: "2027-01-11T09:00",
      dueAt: "2027-01-18T17:00",
      items: ["CHART_CASE:ortho-knee-scope-medial-meniscus"],
    });
    expect(parsed).toMatchObject({ title: "Week 1 review", instructions: "Read the lesson first." });
  });
});
