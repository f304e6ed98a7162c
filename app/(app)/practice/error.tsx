"use client";

import { usePathname } from "next/navigation";
import { SegmentError } from "@/components/layout/segment-error";

// One boundary for the case library and everything under it: a second one on the case page would be a second
// download of the same error page in its first load.
export default function ErrorBoundary(props: { error: Error & { digest?: string }; reset: () => void }) {
  return usePathname() === "/practice" ? (
    <SegmentError {...props} what="The case library" backHref="/" backLabel="Home" />
  ) : (
    <SegmentError {...props} what="This case" backHref="/practice" backLabel="All cases" />
  );
}
