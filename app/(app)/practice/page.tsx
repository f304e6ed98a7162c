import type { Metadata } from "next";
import { PlannedFeature } from "@/components/layout/planned-feature";
import { requireUser } from "@/app/_lib/require-user";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Chart practice" };

export default async function PracticePage() {
  await requireUser("/practice");
  return (
    <PlannedFeature
      eyebrow="Practice"
      title="Chart-coding practice"
      description="Code synthetic visit notes, operative reports and ED notes, and get graded line by line."
      plans={[
        "Cases across family medicine, orthopaedics, cardiology, the ED, radiology and more, at three levels.",
        "Per-line feedback: correct, partly correct, wrong, missing or extra — with the supporting words in the chart.",
        "A recommended next case from your weakest code family.",
      ]}
    />
  );
}
