"use client";

import { usePathname } from "next/navigation";
import { SegmentError } from "@/components/layout/segment-error";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Section = { path: RegExp; what: string; backHref: string; backLabel: string };

// What failed and the way out, by section. One boundary for the whole app: every page loads the root one, and a
// section's own boundary was a second download of the same error page in that section's first load.
const SECTIONS: Section[] = [
  { path: /^\/practice$/, what: "The case library", backHref: "/", backLabel: "Home" },
  { path: /^\/practice\//, what: "This case", backHref: "/practice", backLabel: "All cases" },
  { path: /^\/salary(\/|$)/, what: "The salary projection", backHref: "/", backLabel: "Home" },
  { path: /^\/progress(\/|$)/, what: "Your progress", backHref: "/", backLabel: "Home" },
  { path: /^\/certifications\/[^/]+/, what: "This credential", backHref: "/certifications", backLabel: "All credentials" },
];

export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  const pathname = usePathname();
  const section = SECTIONS.find((candidate) => candidate.path.test(pathname));
  if (section) return <SegmentError {...props} what={section.what} backHref={section.backHref} backLabel={section.backLabel} />;
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <EmptyState
        titleAs="h1"
        title="Something went wrong on our side"
        description="The problem has been logged. Try again, and if it keeps happening, come back a little later."
        action={<Button onClick={props.reset}>Try again</Button>}
      />
    </div>
  );
}
