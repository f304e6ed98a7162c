"use client";

import { StateOptions } from "@/components/salary/location-options";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { CREDENTIAL_NAMES, ROLE_LABELS, SETTING_LABELS, credentialLabel, type MetroOption } from "@/lib/salary/comparison";
import { DEFAULT_HORIZON_YEARS } from "@/lib/salary/project-salary";
import {
  CAREER_ROLES,
  KNOWN_CREDENTIALS,
  SALARY_SETTINGS,
  type CareerEvent,
  type CareerEventKind,
  type CareerRole,
  type CredentialCode,
  type SalarySetting,
  type UsStateCode,
} from "@/lib/salary/types";

export const EVENT_KIND_LABELS: Record<CareerEventKind, string> = {
  credential: "Add a credential",
  setting: "Change setting",
  state: "Move to a state",
  metro: "Move to a metro area",
  remote: "Remote work",
  role: "Change role",
};

/** The event's value as the value <select> shows it. */
function valueOf(event: CareerEvent): string {
  switch (event.kind) {
    case "credential":
      return event.credential;
    case "setting":
      return event.setting;
    case "state":
      return event.state;
    case "metro":
      return event.metro;
    case "remote":
      return event.remote ? "yes" : "no";
    case "role":
      return event.role;
  }
}

/** The same kind of event with a new value chosen in the value <select>. */
function withValue(event: CareerEvent, value: string): CareerEvent {
  const { year } = event;
  switch (event.kind) {
    case "credential":
      return { year, kind: "credential", credential: value as CredentialCode };
    case "setting":
      return { year, kind: "setting", setting: value as SalarySetting };
    case "state":
      return { year, kind: "state", state: value as UsStateCode };
    case "metro":
      return { year, kind: "metro", metro: value };
    case "remote":
      return { year, kind: "remote", remote: value === "yes" };
    case "role":
      return { year, kind: "role", role: value as CareerRole };
  }
}

/** One dated change of a path: what kind, which value, from which year; with a warning when it changes nothing. */
export function EventEditor({
  name,
  event,
  summary,
  warning,
  metroOptions,
  statesWithFigures,
  onKind,
  onChange,
  onRemove,
}: {
  name: string;
  event: CareerEvent;
  summary: string;
  /** Shown when the change does nothing (a credential already held). */
  warning?: string;
  metroOptions: MetroOption[];
  statesWithFigures: string[];
  onKind: (kind: CareerEventKind) => void;
  onChange: (event: CareerEvent) => void;
  onRemove: () => void;
}) {
  return (
    <li className="rounded-lg bg-surface-2 p-3">
      <fieldset>
        <legend className="text-sm font-medium text-fg">{summary}</legend>
        <div className="mt-2 grid grid-cols-[minmax(0,1fr)_6.5rem] gap-2">
          <Select aria-label={`${name}: kind`} value={event.kind} onChange={(change) => onKind(change.target.value as CareerEventKind)}>
            {Object.entries(EVENT_KIND_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
          <Select aria-label={`${name}: year`} value={String(event.year)} onChange={(change) => onChange({ ...event, year: Number(change.target.value) })}>
            {Array.from({ length: DEFAULT_HORIZON_YEARS + 1 }, (_, year) => (
              <option key={year} value={year}>
                {year === 0 ? "Now" : `Year ${year}`}
              </option>
            ))}
          </Select>
          <Select
            aria-label={`${name}: value`}
            className="col-span-2"
            value={valueOf(event)}
            onChange={(change) => onChange(withValue(event, change.target.value))}
          >
            {event.kind === "credential" &&
              KNOWN_CREDENTIALS.map((code) => (
                <option key={code} value={code}>
                  {credentialLabel(code)} – {CREDENTIAL_NAMES[code]}
                </option>
              ))}
            {event.kind === "setting" &&
              SALARY_SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {SETTING_LABELS[setting]}
                </option>
              ))}
            {event.kind === "state" && <StateOptions statesWithFigures={statesWithFigures} />}
            {event.kind === "metro" &&
              metroOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            {event.kind === "remote" && (
              <>
                <option value="yes">Work remotely</option>
                <option value="no">Work on site</option>
              </>
            )}
            {event.kind === "role" &&
              CAREER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
          </Select>
        </div>
        {warning && (
          <p className="mt-2 text-sm text-warning" role="status">
            {warning}
          </p>
        )}
        <Button type="button" size="sm" variant="ghost-muted" className="mt-1 -ml-2" onClick={onRemove} aria-label={`Remove ${name.toLowerCase()}`}>
          Remove
        </Button>
      </fieldset>
    </li>
  );
}
