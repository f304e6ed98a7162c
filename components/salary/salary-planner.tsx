"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition, type FormEvent } from "react";
import { StateOptions } from "@/components/salary/location-options";
import { ProjectionChart, usd, type ProjectionSeries } from "@/components/salary/projection-chart";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label, TextField } from "@/components/ui/input";
import { Select, SelectField } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/result";
import {
  MAX_COMPARED_PATHS,
  MAX_EVENTS_PER_PATH,
  PATH_PRESETS,
  SETTING_LABELS,
  careerPathsOf,
  credentialLabel,
  describeEvent,
  factsFromSalaryFacts,
  goalReachedYear,
  presetPath,
  profileInYear,
  type Comparison,
  type MetroOption,
  type PathPresetId,
  type SalaryFacts,
  type WhatIfPath,
} from "@/lib/salary/comparison";
import { DEFAULT_HORIZON_YEARS, projectSalary, salaryFactors } from "@/lib/salary/project-salary";
import { MAX_YEARS_OF_EXPERIENCE, PAY_GOAL_MAX } from "@/lib/salary/schemas";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS, type CareerEvent, type SalaryProfile, type SalarySource } from "@/lib/salary/types";
import { US_STATE_NAMES } from "@/lib/salary/us-states";

const PATH_COLORS = ["var(--color-chart-1)", "var(--color-chart-2)", "var(--color-chart-3)"];
const PATH_DASHES = ["", "7 3", "2 3"];
const EVENT_KINDS = { addCredential: "Add a credential", setting: "Change setting", state: "Move to a state", metro: "Move to a metro area", remote: "Remote work" } as const;
type EventKind = keyof typeof EVENT_KINDS;

type SaveAction = (input: unknown) => Promise<ActionResult<{ id: string; name: string }>>;

const kindOf = (event: CareerEvent): EventKind =>
  event.addCredential ? "addCredential" : event.setting ? "setting" : event.state ? "state" : event.metro ? "metro" : "remote";

const clampInt = (text: string, min: number, max: number) => {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : undefined;
};

function PathSwatch({ index }: { index: number }) {
  return (
    <svg aria-hidden="true" width="28" height="10" className="shrink-0">
      <line x1="1" y1="5" x2="27" y2="5" stroke={PATH_COLORS[index]} strokeWidth="3" strokeDasharray={PATH_DASHES[index] || undefined} />
    </svg>
  );
}

/** The /salary page's interactive part: starting point, compared paths, chart, table, factors, sources and save. */
export function SalaryPlanner({ salaryFacts, initial, statesWithFigures, metroOptions, saveAction, signInHref, scenarioName }: {
  salaryFacts: SalaryFacts;
  initial: Comparison;
  statesWithFigures: string[];
  metroOptions: MetroOption[];
  /** Present only for a signed-in learner. */
  saveAction?: SaveAction;
  signInHref: string;
  scenarioName?: string;
}) {
  const facts = useMemo(() => factsFromSalaryFacts(salaryFacts), [salaryFacts]);
  const [profile, setProfile] = useState<SalaryProfile>(initial.profile);
  const [yearsText, setYearsText] = useState(String(initial.profile.yearsOfExperience));
  const [goalText, setGoalText] = useState(initial.payGoal ? String(initial.payGoal) : "");
  const [paths, setPaths] = useState<WhatIfPath[]>(initial.paths);
  const [explain, setExplain] = useState({ path: 0, year: 0 });

  const payGoal = clampInt(goalText, 1, PAY_GOAL_MAX);
  const comparison: Comparison = { profile, ...(payGoal && payGoal >= 10_000 ? { payGoal } : {}), paths };
  const careerPaths = careerPathsOf(comparison);
  const projections = careerPaths.map((path) => projectSalary(path, facts));
  const series: ProjectionSeries[] = projections.map((projection, index) => ({
    label: paths[index]!.label || `Path ${index + 1}`,
    color: PATH_COLORS[index]!,
    years: projection.years,
    goalYear: goalReachedYear(projection.years, comparison.payGoal),
  }));
  const explainPath = Math.min(explain.path, paths.length - 1);
  const factors = salaryFactors(profileInYear(careerPaths[explainPath]!, explain.year), facts);
  const metroName = (slug: string) => metroOptions.find((option) => option.value === slug)?.label ?? slug;
  const stateName = (code: string) => US_STATE_NAMES[code as keyof typeof US_STATE_NAMES] ?? code.toUpperCase();

  const sources = new Map<string, SalarySource[]>();
  for (const source of [...projections.flatMap((projection) => projection.sources), ...factors.sources]) {
    const list = sources.get(source.sourceId) ?? [];
    if (!list.some((item) => item.figureKey === source.figureKey)) list.push(source);
    sources.set(source.sourceId, list);
  }
  const notes = [...new Set([...projections.flatMap((projection) => projection.assumptions), ...factors.assumptions])];

  const updateProfile = (change: Partial<SalaryProfile>) => setProfile((current) => ({ ...current, ...change }));
  const updatePath = (index: number, change: (path: WhatIfPath) => WhatIfPath) => setPaths((current) => current.map((path, i) => (i === index ? change(path) : path)));
  const updateEvent = (pathIndex: number, eventIndex: number, event: CareerEvent) =>
    updatePath(pathIndex, (path) => ({ ...path, events: path.events.map((item, i) => (i === eventIndex ? event : item)) }));
  const addPath = (path: WhatIfPath) => setPaths((current) => (current.length < MAX_COMPARED_PATHS ? [...current, path] : current));

  function eventOfKind(kind: EventKind, year: number): CareerEvent {
    if (kind === "addCredential") return { year, addCredential: KNOWN_CREDENTIALS.find((code) => !profile.credentials.includes(code)) ?? "cpc" };
    if (kind === "setting") return { year, setting: profile.setting === "hospital" ? "physician-office" : "hospital" };
    if (kind === "state") return { year, state: statesWithFigures[0] ?? "nj" };
    if (kind === "metro") return { year, metro: metroOptions[0]?.value ?? "trenton-nj" };
    return { year, remote: true };
  }

  return (
    <div className="mt-8 space-y-6">
      {scenarioName && (
        <Alert variant="info" title={`Showing your saved scenario “${scenarioName}”`}>
          Change anything and save it again under a new name; the saved one stays as it was.
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle>Starting point</CardTitle>
            <CardDescription>Where you are today. Every path below starts here.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <div>
              <Label htmlFor="start-state">State</Label>
              <Select id="start-state" className="mt-1.5" value={profile.state ?? ""} onChange={(event) => updateProfile({ state: event.target.value || undefined })}>
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
              onChange={(event) => updateProfile({ metro: event.target.value || undefined })}
            />
            <SelectField
              id="start-setting"
              label="Work setting"
              name="setting"
              placeholder="Any setting"
              options={SALARY_SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] }))}
              value={profile.setting ?? ""}
              onChange={(event) => updateProfile({ setting: (event.target.value || undefined) as SalaryProfile["setting"] })}
            />
            <TextField
              id="start-years"
              label="Years of experience"
              name="yearsOfExperience"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_YEARS_OF_EXPERIENCE}
              value={yearsText}
              onChange={(event) => {
                setYearsText(event.target.value);
                updateProfile({ yearsOfExperience: clampInt(event.target.value, 0, MAX_YEARS_OF_EXPERIENCE) ?? 0 });
              }}
            />
            <fieldset>
              <legend className="text-sm font-medium text-fg">Credentials you hold</legend>
              <div className="mt-2 grid grid-cols-3 gap-x-3 gap-y-1.5 sm:grid-cols-4 lg:grid-cols-3">
                {KNOWN_CREDENTIALS.map((code) => (
                  <label key={code} className="flex items-center gap-1.5 text-sm text-fg">
                    <input
                      type="checkbox"
                      className="size-4 accent-brand"
                      checked={profile.credentials.includes(code)}
                      onChange={(event) =>
                        updateProfile({ credentials: event.target.checked ? [...profile.credentials, code].filter((item) => !(code === "cpc" && item === "cpc-a") && !(code === "cpc-a" && item === "cpc")) : profile.credentials.filter((item) => item !== code) })
                      }
                    />
                    {credentialLabel(code)}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="flex items-center gap-2 text-sm text-fg">
              <input type="checkbox" className="size-4 accent-brand" checked={profile.remote === true} onChange={(event) => updateProfile({ remote: event.target.checked || undefined })} />
              I work fully remote
            </label>
            <TextField
              id="start-goal"
              label="Pay goal (dollars a year)"
              name="payGoal"
              type="number"
              inputMode="numeric"
              min={10000}
              max={PAY_GOAL_MAX}
              step={1000}
              value={goalText}
              onChange={(event) => setGoalText(event.target.value)}
              error={goalText && !comparison.payGoal ? "Give a yearly amount from $10,000 to $500,000." : undefined}
            />
          </CardContent>
        </Card>

        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Pay by year, {paths.length === 1 ? "one path" : `${paths.length} paths compared`}</CardTitle>
            <CardDescription>Lines show typical pay; the shaded band runs from low to high. Figures are yearly, before tax, in today’s dollars.</CardDescription>
          </CardHeader>
          <CardContent>
            <figure>
              <ProjectionChart series={series} payGoal={comparison.payGoal} />
              <figcaption className="sr-only">Salary projection chart; the same figures are in the table below.</figcaption>
            </figure>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Paths at a glance">
              {series.map((path, index) => (
                <li key={index} className="rounded-lg border border-border p-3 text-sm">
                  <p className="flex items-center gap-2 font-medium text-fg">
                    <PathSwatch index={index} />
                    <span className="min-w-0 break-words">{path.label}</span>
                  </p>
                  <p className="mt-1 text-muted">
                    {usd(path.years[0]!.typical)} now → <span className="font-semibold text-fg">{usd(path.years.at(-1)!.typical)}</span> in year {DEFAULT_HORIZON_YEARS}
                  </p>
                  {comparison.payGoal && (
                    <p className={path.goalYear === null ? "mt-1 text-warning" : "mt-1 font-medium text-success"} data-testid="goal-status">
                      {path.goalYear === null ? `Goal not within ${DEFAULT_HORIZON_YEARS} years` : path.goalYear === 0 ? "Goal reached now" : `Goal reached in year ${path.goalYear}`}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer font-medium text-brand">Show the yearly figures as a table</summary>
              <Table label="Projected pay by year" containerClassName="mt-3 max-h-[28rem] overflow-auto">
                <THead>
                  <TR>
                    <TH rowSpan={2}>Year</TH>
                    {series.map((path, index) => (
                      <TH key={index} colSpan={3} className="text-center">{path.label}</TH>
                    ))}
                  </TR>
                  <TR>
                    {series.map((_path, index) => (
                      <FragmentCells key={index} />
                    ))}
                  </TR>
                </THead>
                <TBody>
                  {series[0]!.years.map((entry, row) => (
                    <TR key={entry.year}>
                      <TH scope="row">Year {entry.year}</TH>
                      {series.map((path, index) => {
                        const point = path.years[row]!;
                        return [
                          <TD key={`${index}low`} numeric>{usd(point.low)}</TD>,
                          <TD key={`${index}typical`} numeric className="font-semibold">{usd(point.typical)}</TD>,
                          <TD key={`${index}high`} numeric>{usd(point.high)}</TD>,
                        ];
                      })}
                    </TR>
                  ))}
                </TBody>
              </Table>
            </details>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>What if…</CardTitle>
          <CardDescription>Compare up to {MAX_COMPARED_PATHS} paths. Each change applies from its year onwards (year 0 is now).</CardDescription>
        </CardHeader>
        <CardContent>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-muted">Examples:</span>
            <Button type="button" size="sm" variant="secondary" onClick={() => setPaths((Object.keys(PATH_PRESETS) as PathPresetId[]).map(presetPath))}>
              Compare the three examples
            </Button>
            {(["cpc-then-coc", "ccs-hospital"] as const).map((id) => (
              <Button key={id} type="button" size="sm" variant="ghost" disabled={paths.length >= MAX_COMPARED_PATHS} onClick={() => addPath(presetPath(id))}>
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
                    maxLength={60}
                    value={path.label}
                    onChange={(event) => updatePath(pathIndex, (current) => ({ ...current, label: event.target.value }))}
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
                        metroOptions={metroOptions}
                        statesWithFigures={statesWithFigures}
                        summary={describeEvent(event, { metro: metroName, state: stateName })}
                        onKind={(kind) => updateEvent(pathIndex, eventIndex, eventOfKind(kind, event.year))}
                        onChange={(next) => updateEvent(pathIndex, eventIndex, next)}
                        onRemove={() => updatePath(pathIndex, (current) => ({ ...current, events: current.events.filter((_, i) => i !== eventIndex) }))}
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
                    onClick={() => updatePath(pathIndex, (current) => ({ ...current, events: [...current.events, eventOfKind("addCredential", 1)] }))}
                    aria-label={`Add a change to path ${pathIndex + 1}`}
                  >
                    Add a change
                  </Button>
                  {paths.length > 1 && (
                    <Button type="button" size="sm" variant="ghost" onClick={() => setPaths((current) => current.filter((_, i) => i !== pathIndex))} aria-label={`Remove path ${pathIndex + 1}`}>
                      Remove path
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {paths.length < MAX_COMPARED_PATHS && (
            <Button type="button" variant="secondary" className="mt-4" onClick={() => addPath({ label: `Path ${paths.length + 1}`, events: [] })}>
              Add a path
            </Button>
          )}
        </CardContent>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>How the typical figure is built</CardTitle>
            <CardDescription>Base pay for the experience, times one factor for each thing that moves pay.</CardDescription>
          </CardHeader>
          <CardContent>
            <div className="grid grid-cols-2 gap-3">
              <SelectField
                id="explain-path"
                label="Path"
                name="explainPath"
                options={paths.map((path, index) => ({ value: String(index), label: path.label || `Path ${index + 1}` }))}
                value={String(explainPath)}
                onChange={(event) => setExplain((current) => ({ ...current, path: Number(event.target.value) }))}
              />
              <SelectField
                id="explain-year"
                label="Year"
                name="explainYear"
                options={series[0]!.years.map((entry) => ({ value: String(entry.year), label: entry.year === 0 ? "Year 0 (now)" : `Year ${entry.year}` }))}
                value={String(explain.year)}
                onChange={(event) => setExplain((current) => ({ ...current, year: Number(event.target.value) }))}
              />
            </div>
            <dl className="mt-4 divide-y divide-border text-sm">
              <div className="flex flex-wrap justify-between gap-x-4 py-2">
                <dt className="text-fg">Base pay, {factors.base.band} band ({Number(factors.yearsOfExperience.toFixed(1))} years of experience)</dt>
                <dd className="font-semibold text-fg tabular-nums">{usd(factors.base.typical)}</dd>
              </div>
              {([factors.credential, factors.location, factors.setting, factors.remote] as const).map((factor, index) => (
                <div key={index} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 py-2">
                  <dt className="text-fg">{["Credential", "Location", "Setting", "Remote"][index]}: {factor.label}</dt>
                  <dd className="font-semibold text-fg tabular-nums">× {factor.factor.toFixed(3)}</dd>
                  <dd className="col-span-2 mt-0.5 text-muted">{factor.explanation}</dd>
                </div>
              ))}
              <div className="flex flex-wrap justify-between gap-x-4 py-2">
                <dt className="font-semibold text-fg">Typical pay</dt>
                <dd className="font-semibold text-fg tabular-nums">{usd(factors.salary.typical)}</dd>
              </div>
            </dl>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand">Assumptions and notes ({notes.length})</summary>
              <ul className="mt-2 list-disc space-y-1.5 pl-5 text-muted">
                {notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
            <p className="mt-3 text-sm">
              <Link href="/salary/model" className="font-medium text-brand hover:underline">Read how the model works →</Link>
            </p>
          </CardContent>
        </Card>

        <Card className="min-w-0">
          <CardHeader>
            <CardTitle as="h2">Sources of these figures</CardTitle>
            <CardDescription>Every figure used on this page, by the survey it comes from.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="space-y-4 text-sm">
              {[...sources.entries()].map(([sourceId, figures]) => {
                const source = facts.sources.get(sourceId);
                return (
                  <li key={sourceId}>
                    <p className="text-fg">
                      {source?.publisher ?? sourceId},{" "}
                      <cite>{source?.url ? <a href={source.url} rel="noreferrer" className="text-brand hover:underline">{source.title}</a> : (source?.title ?? sourceId)}</cite>{" "}
                      ({source?.year ?? figures[0]!.year})
                    </p>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
                      {figures.map((figure) => (
                        <li key={figure.figureKey}>{figure.label} ({figure.year})</li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      </div>

      {saveAction ? (
        <SaveComparison comparison={comparison} saveAction={saveAction} />
      ) : (
        <Alert variant="info" title="Nothing here is saved">
          You are not signed in, so the starting point is empty and your changes stay on this page.{" "}
          <Link href={signInHref} className="font-medium underline">Sign in</Link> to start from your profile and save comparisons.
        </Alert>
      )}
    </div>
  );
}

function FragmentCells() {
  return (
    <>
      <TH numeric>Low</TH>
      <TH numeric>Typical</TH>
      <TH numeric>High</TH>
    </>
  );
}

function EventEditor({ name, event, summary, metroOptions, statesWithFigures, onKind, onChange, onRemove }: {
  name: string;
  event: CareerEvent;
  summary: string;
  metroOptions: MetroOption[];
  statesWithFigures: string[];
  onKind: (kind: EventKind) => void;
  onChange: (event: CareerEvent) => void;
  onRemove: () => void;
}) {
  const kind = kindOf(event);
  const value = kind === "addCredential" ? event.addCredential : kind === "setting" ? event.setting : kind === "state" ? event.state : kind === "metro" ? event.metro : event.remote ? "yes" : "no";
  const setValue = (next: string) => {
    const base = { year: event.year };
    if (kind === "addCredential") onChange({ ...base, addCredential: next });
    else if (kind === "setting") onChange({ ...base, setting: next as CareerEvent["setting"] });
    else if (kind === "state") onChange({ ...base, state: next });
    else if (kind === "metro") onChange({ ...base, metro: next });
    else onChange({ ...base, remote: next === "yes" });
  };
  return (
    <li className="rounded-lg bg-surface-2 p-3">
      <fieldset>
        <legend className="text-sm font-medium text-fg">{summary}</legend>
        <div className="mt-2 grid grid-cols-[minmax(0,1fr)_6.5rem] gap-2">
          <Select aria-label={`${name}: kind`} className="col-span-2" value={kind} onChange={(change) => onKind(change.target.value as EventKind)}>
            {Object.entries(EVENT_KINDS).map(([key, label]) => (
              <option key={key} value={key}>{label}</option>
            ))}
          </Select>
          <Select aria-label={`${name}: value`} value={value} onChange={(change) => setValue(change.target.value)}>
            {kind === "addCredential" && KNOWN_CREDENTIALS.map((code) => <option key={code} value={code}>{credentialLabel(code)}</option>)}
            {kind === "setting" && SALARY_SETTINGS.map((setting) => <option key={setting} value={setting}>{SETTING_LABELS[setting]}</option>)}
            {kind === "state" && <StateOptions statesWithFigures={statesWithFigures} />}
            {kind === "metro" && metroOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            {kind === "remote" && (
              <>
                <option value="yes">Work remotely</option>
                <option value="no">Work on site</option>
              </>
            )}
          </Select>
          <Select aria-label={`${name}: year`} value={String(event.year)} onChange={(change) => onChange({ ...event, year: Number(change.target.value) })}>
            {Array.from({ length: DEFAULT_HORIZON_YEARS + 1 }, (_, year) => (
              <option key={year} value={year}>{year === 0 ? "Now" : `Year ${year}`}</option>
            ))}
          </Select>
        </div>
        <Button type="button" size="sm" variant="ghost" className="mt-1 -ml-2 text-muted" onClick={onRemove} aria-label={`Remove ${name.toLowerCase()}`}>
          Remove
        </Button>
      </fieldset>
    </li>
  );
}

function SaveComparison({ comparison, saveAction }: { comparison: Comparison; saveAction: SaveAction }) {
  const router = useRouter();
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await saveAction({ name, comparison });
      if (!result.ok) {
        setError(result.fieldErrors?.name?.[0] ?? result.message);
        return;
      }
      setError(undefined);
      setName("");
      toast({ title: "Scenario saved", description: `“${result.data.name}” is in your saved scenarios.`, variant: "success" });
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Save this comparison</CardTitle>
        <CardDescription>Keep the starting point, the paths and the goal under a name, to open again later.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField label="Scenario name" name="name" maxLength={80} required value={name} onChange={(event) => setName(event.target.value)} error={error} containerClassName="sm:w-96" />
          <Button type="submit" loading={pending} className="sm:mt-7">Save this comparison</Button>
        </form>
      </CardContent>
    </Card>
  );
}
