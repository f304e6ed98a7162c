"use client";

import { useEffect, useState } from "react";
import { saveCodingDraft } from "@/app/(app)/practice/actions";
import { createDraftSaveQueue, type SaveState } from "@/lib/practice/draft-save-queue";
import type { DraftAnswer } from "@/lib/practice/schemas";

const AUTOSAVE_MS = 700;

/**
 * Saves a case's draft a moment after the learner stops editing (chart practice and the workday's charts share the
 * draft store), in edit order, reporting "saved" only once the latest edit is stored (lib/practice/draft-save-queue).
 */
export function useDraftAutosave(caseId: string, answer: DraftAnswer, paused = false) {
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [queue] = useState(() => createDraftSaveQueue(setSaveState));

  useEffect(() => {
    // The edit this render's answer stands for, read now: an edit made after it brings its own render and save.
    const edit = queue.latestEdit();
    if (paused || queue.isStored(edit)) return;
    const timer = window.setTimeout(() => {
      void queue.save(edit, async () => (await saveCodingDraft({ caseId, answer })).ok);
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [answer, caseId, paused, queue]);

  return { saveState, edited: queue.edited, settled: queue.settled };
}
