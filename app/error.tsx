"use client";

import { usePathname } from "next/navigation";
import { SegmentError } from "@/components/layout/segment-error";

type Section = { path: RegExp; what: string; backHref: string; backLabel: string };

// What failed and the way out, by section (any other page: "this page", and home). One boundary for the whole app:
// every page loads the root one, and a section's own boundary was a second download of the same error page in that
// section's first load.
const SECTIONS: Section[] = [
  { path: /^\/practice$/, what: "The case library", backHref: "/", backLabel: "Home" },
  { path: /^\/practice\//, what: "This case", backHref: "/practice", backLabel: "All cases" },
  { path: /^\/salary(\/|$)/, what: "The salary projection", backHref: "/", backLabel: "Home" },
  { path: /^\/progress(\/|$)/, what: "Your progress", backHref: "/", backLabel: "Home" },
  { path: /^\/certifications\/[^/]+/, what: "This credential", backHref: "/certifications", backLabel: "All credentials" },
];

const ANY_PAGE: Omit<Section, "path"> = { what: "This page", backHref: "/", backLabel: "Home" };

export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  const pathname = usePathname();
  const { what, backHref, backLabel } = SECTIONS.find((section) => section.path.test(pathname)) ?? ANY_PAGE;
  return <SegmentError {...props} what={what} backHref={backHref} backLabel={backLabel} />;
}
