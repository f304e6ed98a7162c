"use client";

import type { Dispatch } from "react";
import { EventEditor } from "@/components/salary/event-editor";
import { PathSwatch } from "@/components/salary/path-swatch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { MAX_COMPARED_PATHS, MAX_EVENTS_PER_PATH, MAX_PATH_LABEL_LENGTH, PATH_PRESETS, describeEvent, type MetroOption } from "@/lib/salary/comparison";
import type { PlannerAction, PlannerState } from "@/lib/salary/planner-state";

/** The compared paths: each a name and a list of dated changes, with example paths to start from. */
export function WhatIfPaths({
  state,
  dispatch,
  noOps,
  metroOptions,
  statesWithFigures,
  names,
}: {
  state: PlannerState;
  dispatch: Dispatch<PlannerAction>;
  /** Per path, per change: a warning when the change does nothing. */
  noOps: (string | undefined)[][];
  metroOptions: MetroOption[];
  statesWithFigures: string[];
  names: { metro: (slug: string) => string; state: (code: string) => string };
}) {
  const { paths } = state;
  return (
    <Card>
      <CardHeader>
        <CardTitle>What if…</CardTitle>
        <CardDescription>
          Compare up to {MAX_COMPARED_PATHS} paths. Each change applies from its year onwards (year 0 is now). Auditing, CDI and management pay come only from a
          change of role.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted">Examples:</span>
          <Button type="button" size="sm" variant="secondary" onClick={() => dispatch({ type: "compare-presets" })}>
            Compare the three examples
          </Button>
          {(["cpc-then-coc", "ccs-hospital", "audit-at-10"] as const).map((id) => (
            <Button
              key={id}
              type="button"
              size="sm"
              variant="ghost"
              disabled={paths.length >= MAX_COMPARED_PATHS}
              onClick={() => dispatch({ type: "add-path", preset: id })}
            >
              + {PATH_PRESETS[id].label}
            </Button>
          ))}
        </div>
        <ol className="mt-5 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {paths.map((path, pathIndex) => (
            <li key={pathIndex} className="flex min-w-0 flex-col rounded-xl border border-border p-4" aria-label={`Path ${pathIndex + 1}: ${path.label}`}>
              <div className="flex items-end gap-2">
                <PathSwatch index={pathIndex} />
                <TextField
                  label={`Path ${pathIndex + 1} name`}
                  name={`path-${pathIndex}-label`}
                  containerClassName="min-w-0 flex-1"
                  maxLength={MAX_PATH_LABEL_LENGTH}
                  value={path.label}
                  onChange={(event) => dispatch({ type: "rename-path", path: pathIndex, label: event.target.value })}
                />
              </div>
              {path.events.length === 0 ? (
                <p className="mt-4 text-sm text-muted">No changes: your starting point, with experience growing each year.</p>
              ) : (
                <ul className="mt-4 space-y-3">
                  {path.events.map((event, eventIndex) => (
                    <EventEditor
                      key={eventIndex}
                      name={`Path ${pathIndex + 1}, change ${eventIndex + 1}`}
                      event={event}
                      warning={noOps[pathIndex]?.[eventIndex]}
                      metroOptions={metroOptions}
                      statesWithFigures={statesWithFigures}
                      summary={describeEvent(event, names)}
                      onKind={(kind) => dispatch({ type: "event-kind", path: pathIndex, event: eventIndex, kind })}
                      onChange={(value) => dispatch({ type: "event", path: pathIndex, event: eventIndex, value })}
                      onRemove={() => dispatch({ type: "remove-event", path: pathIndex, event: eventIndex })}
                    />
                  ))}
                </ul>
              )}
              <div className="mt-auto flex flex-wrap gap-2 pt-4">
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  disabled={path.events.length >= MAX_EVENTS_PER_PATH}
                  onClick={() => dispatch({ type: "add-event", path: pathIndex })}
                  aria-label={`Add a change to path ${pathIndex + 1}`}
                >
                  Add a change
                </Button>
                {paths.length > 1 && (
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    onClick={() => dispatch({ type: "remove-path", path: pathIndex })}
                    aria-label={`Remove path ${pathIndex + 1}`}
                  >
                    Remove path
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
        {paths.length < MAX_COMPARED_PATHS && (
          <Button type="button" variant="secondary" className="mt-4" onClick={() => dispatch({ type: "add-path" })}>
            Add a path
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
