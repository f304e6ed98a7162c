import { correctionStart } from "@/lib/claims/workbench";
import type { Database } from "@/lib/db/client";
import { submitDenialWork } from "@/lib/denials/attempts";
import { findScenario } from "@/lib/denials/catalog";
import { SubmitDenialWorkSchema, type SubmitDenialWorkInput } from "@/lib/denials/schemas";

/**
 * Two pieces of denial work for the demo learner, sent through the real payer and grader: a copay billed to the
 * patient and a knee-brace claim corrected with RT and paid. The rest of the worklist stays new.
 */
export async function seedDenialWork(db: Database, userId: string, now = new Date()): Promise<void> {
  const brace = findScenario("ortho-knee-brace-missing-side");
  const copay = findScenario("fm-commercial-copay-pr3");
  const work: SubmitDenialWorkInput[] = [];
  if (copay)
    work.push({ claimNumber: copay.claim.claimNumber, idempotencyKey: "demo-seed-denial-1", rootCause: "copay-uncollected", resolution: "bill-patient" });
  if (brace) {
    const start = correctionStart(brace);
    work.push({
      claimNumber: brace.claim.claimNumber,
      idempotencyKey: "demo-seed-denial-2",
      rootCause: "missing-side",
      resolution: "corrected-claim",
      correction: {
        answer: {
          diagnoses: start.diagnoses.map((code) => ({ code })),
          procedures: start.lines.map((line) => ({ code: line.code, modifiers: ["RT"], units: line.units, pointers: line.pointers })),
        },
        memberId: start.memberId,
        renderingNpi: start.renderingNpi,
        placeOfService: start.placeOfService,
      },
    });
  }
  for (const [index, input] of work.entries()) {
    await submitDenialWork(db, userId, SubmitDenialWorkSchema.parse(input), new Date(now.getTime() - (work.length - index) * 3_600_000));
  }
}
