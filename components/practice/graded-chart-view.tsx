"use client";

import { useEffect, useRef } from "react";
import { ChartView, type ChartDocument } from "./chart-view";

/** The chart after grading: the key's evidence highlighted, and the phrases of the line the learner is looking at scrolled into view. */
export function GradedChartView({ documents, evidence, focused }: { documents: ChartDocument[]; evidence: string[]; focused: string[] }) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused.length === 0) return;
    containerRef.current?.querySelector("mark[data-focused='true']")?.scrollIntoView({ behavior: "smooth", block: "center" });
  }, [focused]);
  return <ChartView ref={containerRef} documents={documents} evidence={evidence} focused={focused} />;
}
