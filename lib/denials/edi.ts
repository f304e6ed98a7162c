import type { Remittance } from "@/lib/claims/remittance";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { Payer } from "@/lib/claims/schemas";
import { build835, build837P, type Segment } from "@/lib/claims/x12";

export type EdiDocument = { id: "837p" | "835"; title: string; segments: Segment[] };

/** The scenario's claim as an 837P and its remittance as an 835, from the same objects the workbench shows. */
export function claimEdi(scenario: DenialScenario, payer: Payer, remit: Remittance): EdiDocument[] {
  return [
    { id: "837p", title: "Claim sent: X12 837P (005010X222A1)", segments: build837P(scenario.claim, payer) },
    { id: "835", title: "Remittance received: X12 835 (005010X221A1)", segments: build835(remit, scenario.claim, payer) },
  ];
}
