import { describe, expect, it } from "vitest";
import { loadDenialScenarios } from "@/lib/claims/load-content";
import { initialRemittance, payerOf } from "@/lib/claims/workbench";
import { workStart } from "@/lib/claims/work-start";
import { scenarioWorld } from "./scenario-world";

const world = scenarioWorld();
const scenarios = new Map(loadDenialScenarios().map((scenario) => [scenario.id, scenario]));
const startOf = (id: string) => {
  const scenario = scenarios.get(id)!;
  return workStart(scenario, payerOf(scenario, world), initialRemittance(scenario, world));
};

describe("where work on a denial starts", () => {
  it("puts the claim as billed in the claim editor, in the editor's shape", () => {
    expect(startOf("ortho-knee-scope-injection-xs").initialCorrection).toEqual({
      answer: {
        diagnoses: [{ code: "S83.241A" }, { code: "M75.01" }],
        procedures: [
          { code: "29881", modifiers: ["RT"], units: "1", pointers: [1] },
          { code: "20610", modifiers: ["RT"], units: "1", pointers: [2] },
        ],
      },
      header: { memberId: "EVG448120731", renderingNpi: "1456782311", placeOfService: "24", priorAuthorization: "" },
    });
  });

  it("fills the commercial appeal from the denied line, its codes and the appeal deadline", () => {
    expect(startOf("ortho-knee-scope-injection-xs").appealFields).toMatchObject({
      level: "Internal appeal (level 1)",
      payerName: "Evergreen Health PPO (synthetic commercial)",
      claimNumber: "LOS-26-10412",
      payerClaimNumber: "EVG2629610001",
      serviceDate: "2026-10-06",
      services: "line 2 20610",
      denial: "CO-97 M15",
      deadline: "2027-04-21 (149 days left)",
    });
  });

  it("names Medicare's level and says when there are no appeal rights", () => {
    expect(startOf("cardio-ecg-timely-filing").appealFields).toMatchObject({
      level: "Request for redetermination (level 1)",
      deadline: "No appeal rights on this denial",
    });
  });

  it("says the payment as processed is disputed when nothing was denied or underpaid", () => {
    expect(startOf("cardio-contractual-co45").appealFields).toMatchObject({ services: "the claim", denial: "payment as processed" });
  });
});
