"use client";

import Link from "next/link";
import type { Dispatch } from "react";
import { usd } from "@/components/salary/projection-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select";
import type { WhatIfPath } from "@/lib/salary/comparison";
import type { PlannerAction } from "@/lib/salary/planner-state";
import type { SalaryFactors } from "@/lib/salary/types";

const BAND_NAMES = { entry: "entry", mid: "mid-career", senior: "senior" } as const;

/** How one path's typical figure in one year is built: base pay, each factor, the result, and the notes. */
export function PayBreakdown({
  factors,
  paths,
  explain,
  years,
  notes,
  dispatch,
}: {
  factors: SalaryFactors;
  paths: WhatIfPath[];
  explain: { path: number; year: number };
  years: number[];
  /** The notes of every compared path, worded. */
  notes: string[];
  dispatch: Dispatch<PlannerAction>;
}) {
  const rows = [
    ["Credential", factors.credential],
    ["Setting", factors.setting],
    ["Location", factors.location],
    ["Remote", factors.remote],
  ] as const;
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>How the typical figure is built</CardTitle>
        <CardDescription>Base pay for the experience, times one factor for each thing that moves pay. Overlaps count once.</CardDescription>
      </CardHeader>
      <CardContent>
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            id="explain-path"
            label="Path"
            name="explainPath"
            options={paths.map((path, index) => ({ value: String(index), label: path.label || `Path ${index + 1}` }))}
            value={String(explain.path)}
            onChange={(event) => dispatch({ type: "explain", path: Number(event.target.value) })}
          />
          <SelectField
            id="explain-year"
            label="Year"
            name="explainYear"
            options={years.map((year) => ({ value: String(year), label: year === 0 ? "Year 0 (now)" : `Year ${year}` }))}
            value={String(explain.year)}
            onChange={(event) => dispatch({ type: "explain", year: Number(event.target.value) })}
          />
        </div>
        <dl className="mt-4 divide-y divide-border text-sm">
          <div className="flex flex-wrap justify-between gap-x-4 py-2">
            <dt className="text-fg">
              Base pay, {BAND_NAMES[factors.base.band]} band ({factors.yearsOfExperience} years of experience)
            </dt>
            <dd className="font-semibold text-fg tabular-nums">{usd(factors.base.typical)}</dd>
          </div>
          {rows.map(([name, factor]) => (
            <div key={name} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 py-2">
              <dt className="text-fg">
                {name}: {factor.label}
              </dt>
              <dd className="font-semibold text-fg tabular-nums">× {factor.factor.toFixed(3)}</dd>
              <dd className="col-span-2 mt-0.5 text-muted">{factor.explanation}</dd>
            </div>
          ))}
          {factors.role && (
            <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 py-2">
              <dt className="text-fg">Role: {factors.role.label}</dt>
              <dd className="font-semibold text-fg tabular-nums">{usd(factors.role.pay.typical)}</dd>
              <dd className="col-span-2 mt-0.5 text-muted">{factors.role.explanation}</dd>
            </div>
          )}
          <div className="flex flex-wrap justify-between gap-x-4 py-2">
            <dt className="font-semibold text-fg">Typical pay</dt>
            <dd className="font-semibold text-fg tabular-nums" data-testid="breakdown-typical">
              {usd(factors.salary.typical)}
            </dd>
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
          <Link href="/salary/model" className="font-medium text-brand hover:underline">
            Read how the model works, and its limits →
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
