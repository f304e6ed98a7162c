"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useIdlePreload } from "@/components/ui/use-idle-preload";

// The claim editor (with chart practice's coding form) and the appeal editor appear only once the learner picks a
// resolution that needs them, so they are not part of the claim page's or the workday's first load. Each has its own
// loading placeholder — that is what gives it a Suspense boundary of its own, so picking a resolution shows at once
// — and the forms fetch both when the browser is idle, so the placeholder is rarely seen.
const loadCorrectionEditor = () => import("./correction-editor").then((module) => module.CorrectionEditor);
const loadAppealEditor = () => import("./appeal-editor").then((module) => module.AppealEditor);

function EditorLoading() {
  return (
    <p role="status" className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">
      Opening the editor…
    </p>
  );
}

export const CorrectionEditor = lazyPart(loadCorrectionEditor, { fallback: <EditorLoading /> });
export const AppealEditor = lazyPart(loadAppealEditor, { fallback: <EditorLoading /> });

const loadEditors = () => Promise.all([loadCorrectionEditor(), loadAppealEditor()]);

/** Fetches both editors once the page is idle. */
export function usePreloadedDenialEditors(): void {
  useIdlePreload(loadEditors);
}
