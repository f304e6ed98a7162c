import type { Metadata } from "next";
import { PlannedFeature } from "@/components/layout/planned-feature";
import { requireUser } from "@/app/_lib/require-user";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  return (
    <PlannedFeature
      eyebrow="Progress"
      title={`Your progress, ${user.name ?? "learner"}`}
      description="Modules completed, coding accuracy over time, and readiness for the credential you are aiming at."
      plans={[
        "Accuracy and time per case over time, as a chart.",
        "Your weakest code families, each with a “practise this” link.",
        "A readiness score for your target credential and a weekly plan to your exam date.",
      ]}
    />
  );
}
