"use client";

import Link from "next/link";
import { useMemo, useReducer } from "react";
import { PATH_COLORS, PATH_DASHES } from "@/components/salary/path-swatch";
import { PayBreakdown } from "@/components/salary/pay-breakdown";
import { ProjectionOverview, type PathView } from "@/components/salary/projection-overview";
import { SalarySources } from "@/components/salary/salary-sources";
import { SaveComparison, type SaveAction } from "@/components/salary/save-comparison";
import { StartingPointForm } from "@/components/salary/starting-point-form";
import { WhatIfPaths } from "@/components/salary/what-if-paths";
import { Alert } from "@/components/ui/alert";
import { profileInYear } from "@/lib/salary/career-path";
import {
  careerPathsOf,
  credentialLabel,
  factsFromSalaryFacts,
  goalReachedYear,
  noOpEvents,
  type Comparison,
  type MetroOption,
  type SalaryFacts,
} from "@/lib/salary/comparison";
import { wordSalaryNote, type SalaryNoteTemplates } from "@/lib/salary/notes";
import { comparisonOf, initialPlannerState, plannerReducer } from "@/lib/salary/planner-state";
import { projectSalary, salaryFactors } from "@/lib/salary/project-salary";
import type { CareerEvent, UsStateCode } from "@/lib/salary/types";
import { US_STATE_NAMES } from "@/lib/salary/us-states";

/** Why a change does nothing, in words: "You already hold CPC by year 1, so this change does nothing." */
function noOpWarning(event: CareerEvent): string {
  const when = event.year === 0 ? "now" : `by year ${event.year}`;
  if (event.kind === "credential") return `You already hold ${credentialLabel(event.credential)} ${when}, so this change does nothing.`;
  return `That is already true ${when}, so this change does nothing.`;
}

/** The /salary page's interactive part: it owns the planner state and composes the sections that show it. */
export function SalaryPlanner({
  salaryFacts,
  noteTemplates,
  initial,
  statesWithFigures,
  metroOptions,
  saveAction,
  signInHref,
  scenarioName,
}: {
  salaryFacts: SalaryFacts;
  noteTemplates: SalaryNoteTemplates;
  initial: Comparison;
  statesWithFigures: string[];
  metroOptions: MetroOption[];
  /** Present only for a signed-in learner. */
  saveAction?: SaveAction;
  signInHref: string;
  scenarioName?: string;
}) {
  const facts = useMemo(() => factsFromSalaryFacts(salaryFacts), [salaryFacts]);
  const [state, dispatch] = useReducer(plannerReducer, undefined, () =>
    initialPlannerState(initial, { state: (statesWithFigures[0] ?? "nj") as UsStateCode, metro: metroOptions[0]?.value ?? "trenton-nj" }),
  );

  const comparison = comparisonOf(state);
  const careerPaths = careerPathsOf(comparison);
  const projections = careerPaths.map((path) => projectSalary(path, facts));
  const noOps = careerPaths.map((path) => {
    const indexes = new Set(noOpEvents(path));
    return path.events.map((event, index) => (indexes.has(index) ? noOpWarning(event) : undefined));
  });
  const paths: PathView[] = projections.map((projection, index) => {
    const events = careerPaths[index]!.events;
    const held = events
      .filter((event, eventIndex) => noOps[index]![eventIndex] && event.kind === "credential")
      .map((event) => (event.kind === "credential" ? credentialLabel(event.credential) : ""));
    const allNoOp = events.length > 0 && noOps[index]!.every(Boolean);
    return {
      index,
      label: state.paths[index]!.label || `Path ${index + 1}`,
      color: PATH_COLORS[index]!,
      dash: PATH_DASHES[index],
      years: projection.years,
      goalYear: goalReachedYear(projection.years, comparison.payGoal),
      sameAsStart: allNoOp
        ? held.length
          ? `Same as your starting point: you already hold ${held.join(" and ")}.`
          : "Same as your starting point: these changes are already true."
        : null,
      closeToFirst: false,
    };
  });
  // A path whose changes are real but pay within 1% of the first path every year: say so, the lines overlap.
  for (const path of paths.slice(1)) {
    path.closeToFirst =
      path.sameAsStart === null &&
      path.years.every((entry, year) => Math.abs(entry.typical - paths[0]!.years[year]!.typical) <= 0.01 * paths[0]!.years[year]!.typical);
  }
  const factors = salaryFactors(profileInYear(careerPaths[state.explain.path]!, state.explain.year), facts);
  const notes = [...new Set([...projections.flatMap((projection) => projection.notes), ...factors.notes].map((note) => wordSalaryNote(note, noteTemplates)))];
  const names = {
    metro: (slug: string) => metroOptions.find((option) => option.value === slug)?.label ?? slug,
    state: (code: string) => US_STATE_NAMES[code as UsStateCode] ?? code.toUpperCase(),
  };

  return (
    <div className="mt-8 space-y-6">
      {scenarioName && (
        <Alert variant="info" title={`Showing your saved scenario “${scenarioName}”`}>
          Change anything and save it again under a new name; the saved one stays as it was.
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <StartingPointForm state={state} dispatch={dispatch} statesWithFigures={statesWithFigures} metroOptions={metroOptions} />
        <ProjectionOverview paths={paths} payGoal={comparison.payGoal} />
      </div>

      <WhatIfPaths state={state} dispatch={dispatch} noOps={noOps} metroOptions={metroOptions} statesWithFigures={statesWithFigures} names={names} />

      <div className="grid gap-6 lg:grid-cols-2">
        <PayBreakdown
          factors={factors}
          paths={state.paths}
          explain={state.explain}
          years={projections[0]!.years.map((entry) => entry.year)}
          notes={notes}
          dispatch={dispatch}
        />
        <SalarySources sources={[...projections.flatMap((projection) => projection.sources), ...factors.sources]} facts={facts} />
      </div>

      {saveAction ? (
        <SaveComparison comparison={comparison} saveAction={saveAction} />
      ) : (
        <Alert variant="info" title="Nothing here is saved">
          You are not signed in, so the starting point is empty and your changes stay on this page.{" "}
          <Link href={signInHref} className="font-medium underline">
            Sign in
          </Link>{" "}
          to start from your profile and save comparisons.
        </Alert>
      )}
    </div>
  );
}
