"use client";

import { SegmentError } from "@/components/layout/segment-error";

export default function ErrorBoundary(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError {...props} what="The case library" backHref="/" backLabel="Home" />;
}
