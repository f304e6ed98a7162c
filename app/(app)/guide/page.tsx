import type { Metadata } from "next";
import { PlannedFeature } from "@/components/layout/planned-feature";

export const metadata: Metadata = { title: "Career guide" };

export default function GuidePage() {
  return (
    <PlannedFeature
      eyebrow="Guide"
      title="The career guide"
      description="What coders and billers do, the code sets, the revenue cycle, pay, credentials and how to start — in short lessons."
      plans={[
        "Eight modules of short lessons, each with a knowledge check and an explanation for every answer.",
        "Figures from BLS and AAPC surveys, each with its source and year.",
        "Progress saved to your account, with “resume where I left off”.",
      ]}
    />
  );
}
