"use client";

import { SegmentError } from "@/components/layout/segment-error";

export default function ErrorBoundary(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError {...props} what="This case" backHref="/practice" backLabel="All cases" />;
}
