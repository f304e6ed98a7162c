"use client";

import dynamic from "next/dynamic";

// The claim editor (with chart practice's coding form) and the appeal editor appear only once the learner picks a
// resolution that needs them, so they are not part of the claim page's or the workday's first load.
export const CorrectionEditor = dynamic(() => import("./correction-editor").then((module) => module.CorrectionEditor));
export const AppealEditor = dynamic(() => import("./appeal-editor").then((module) => module.AppealEditor));
