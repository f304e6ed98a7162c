import type { Metadata } from "next";
import { PlannedFeature } from "@/components/layout/planned-feature";

export const metadata: Metadata = { title: "Code lookup" };

export default function CodesPage() {
  return (
    <PlannedFeature
      eyebrow="Codes"
      title="Code lookup"
      description="Search ICD-10-CM and HCPCS Level II as you would in an encoder."
      plans={[
        "Search by code, prefix, words in any order, typos and chart shorthand such as HTN or CHF.",
        "See each code's place in the hierarchy, its children and 7th-character choices.",
        "Open the same lookup beside every practice chart.",
      ]}
    />
  );
}
