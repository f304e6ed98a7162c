import type { Metadata } from "next";
import { PlannedFeature } from "@/components/layout/planned-feature";

export const metadata: Metadata = { title: "Salary projection" };

export default function SalaryPage() {
  return (
    <PlannedFeature
      eyebrow="Salary"
      title="Your salary projection"
      description="A year-by-year projection of your pay from public survey figures, for your state, setting and credentials."
      plans={[
        "A low, typical and high band from year 0 to year 25.",
        "What-if paths: no credential, CPC then COC, CCS in a hospital.",
        "The source of every number on the page.",
      ]}
    />
  );
}
