"use client";

import type { Dispatch } from "react";
import { StateOptions } from "@/components/salary/location-options";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label, TextField } from "@/components/ui/field";
import { Select, SelectField } from "@/components/ui/select";
import { CREDENTIAL_NAMES, SETTING_LABELS, credentialLabel, type MetroOption } from "@/lib/salary/comparison";
import { payGoalOf, type PlannerAction, type PlannerState } from "@/lib/salary/planner-state";
import { MAX_YEARS_OF_EXPERIENCE, PAY_GOAL_MAX, PAY_GOAL_MIN } from "@/lib/salary/schemas";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS, type SalarySetting, type UsStateCode } from "@/lib/salary/types";

/** Where the learner is today: location, setting, experience, credentials held, remote work and the pay goal. */
export function StartingPointForm({
  state,
  dispatch,
  statesWithFigures,
  metroOptions,
}: {
  state: PlannerState;
  dispatch: Dispatch<PlannerAction>;
  statesWithFigures: string[];
  metroOptions: MetroOption[];
}) {
  const { profile } = state;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Starting point</CardTitle>
        <CardDescription>Where you are today. Every path starts here.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div>
          <Label htmlFor="start-state">State</Label>
          <Select
            id="start-state"
            className="mt-1.5"
            value={profile.state ?? ""}
            onChange={(event) => dispatch({ type: "profile", change: { state: (event.target.value || undefined) as UsStateCode | undefined } })}
          >
            <option value="">National (no state)</option>
            <StateOptions statesWithFigures={statesWithFigures} />
          </Select>
        </div>
        <SelectField
          id="start-metro"
          label="Metro area"
          name="metro"
          placeholder="None"
          options={metroOptions}
          value={profile.metro ?? ""}
          onChange={(event) => dispatch({ type: "profile", change: { metro: event.target.value || undefined } })}
        />
        <SelectField
          id="start-setting"
          label="Work setting"
          name="setting"
          placeholder="Any setting"
          options={SALARY_SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] }))}
          value={profile.setting ?? ""}
          onChange={(event) => dispatch({ type: "profile", change: { setting: (event.target.value || undefined) as SalarySetting | undefined } })}
        />
        <TextField
          id="start-years"
          label="Years of experience"
          name="yearsOfExperience"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_YEARS_OF_EXPERIENCE}
          value={state.yearsText}
          onChange={(event) => dispatch({ type: "years", text: event.target.value })}
        />
        <fieldset>
          <legend className="text-sm font-medium text-fg">Credentials you hold</legend>
          <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-lg border border-border p-2">
            {KNOWN_CREDENTIALS.map((code) => (
              <li key={code}>
                <label className="flex items-start gap-2 rounded px-1 py-0.5 text-sm text-fg hover:bg-surface-2">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-brand"
                    checked={profile.credentials.includes(code)}
                    onChange={(event) => dispatch({ type: "credential", code, held: event.target.checked })}
                  />
                  <span>
                    <span className="font-semibold">{credentialLabel(code)}</span> <span className="text-muted">{CREDENTIAL_NAMES[code]}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <label className="flex items-center gap-2 text-sm text-fg">
          <input
            type="checkbox"
            className="size-4 accent-brand"
            checked={profile.remote === true}
            onChange={(event) => dispatch({ type: "profile", change: { remote: event.target.checked || undefined } })}
          />
          I work fully remote
        </label>
        <TextField
          id="start-goal"
          label="Pay goal (dollars a year)"
          name="payGoal"
          type="number"
          inputMode="numeric"
          min={PAY_GOAL_MIN}
          max={PAY_GOAL_MAX}
          step={1000}
          value={state.goalText}
          onChange={(event) => dispatch({ type: "goal", text: event.target.value })}
          error={state.goalText && payGoalOf(state) === undefined ? "Give a yearly amount from $10,000 to $500,000." : undefined}
        />
      </CardContent>
    </Card>
  );
}
