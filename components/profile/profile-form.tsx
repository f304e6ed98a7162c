"use client";

import { useState, useTransition, type FormEvent } from "react";
import { StateOptions } from "@/components/salary/location-options";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldMessage, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import type { LearnerProfileData } from "@/lib/profile/learner-profile";
import { CREDENTIAL_NAMES, SETTING_LABELS, credentialFullLabel, credentialLabel, type MetroOption } from "@/lib/salary/comparison";
import { MAX_YEARS_OF_EXPERIENCE, PAY_GOAL_MAX, PAY_GOAL_MIN } from "@/lib/salary/schemas";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS } from "@/lib/salary/types";
import type { ActionResult } from "@/lib/result";

type SaveProfile = (formData: FormData) => Promise<ActionResult<LearnerProfileData>>;

const REMOTE_LABELS = { remote: "Fully remote", hybrid: "Hybrid", "on-site": "On site" } as const;

export function ProfileForm({
  action,
  initial,
  metroOptions,
  statesWithFigures,
}: {
  action: SaveProfile;
  initial: LearnerProfileData;
  metroOptions: MetroOption[];
  statesWithFigures: string[];
}) {
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();
  const [profile, setProfile] = useState(initial);
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<Extract<ActionResult, { ok: false }> | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(formData);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      setProfile(result.data);
      setVersion((value) => value + 1);
      toast({ title: "Profile saved", description: "Your salary projection now starts from it.", variant: "success" });
    });
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form key={version} onSubmit={onSubmit} noValidate className="mt-8 grid gap-6 lg:grid-cols-2" aria-describedby={failure ? "profile-error" : undefined}>
      {failure && (
        <Alert id="profile-error" variant="danger" className="lg:col-span-2">
          {failure.message}
        </Alert>
      )}
      <Card>
        <CardHeader>
          <CardTitle>Where and how you work</CardTitle>
          <CardDescription>Pay differs by place and setting. A metro area, when chosen, is used instead of the state.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <SelectField label="State" name="state" placeholder="Not given" options={[]} defaultValue={profile.state ?? ""} error={errors.state}>
            <StateOptions statesWithFigures={statesWithFigures} />
          </SelectField>
          <SelectField
            label="Metro area"
            name="metro"
            placeholder="Not given"
            hint="Only metro areas with a published pay figure are listed."
            options={metroOptions}
            defaultValue={profile.metro ?? ""}
            error={errors.metro}
          />
          <SelectField
            label="Work setting"
            name="setting"
            placeholder="Not given"
            options={SALARY_SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] }))}
            defaultValue={profile.setting ?? ""}
            error={errors.setting}
          />
          <SelectField
            label="Remote preference"
            name="remotePreference"
            placeholder="Not given"
            options={Object.entries(REMOTE_LABELS).map(([value, label]) => ({ value, label }))}
            defaultValue={profile.remotePreference ?? ""}
            error={errors.remotePreference}
          />
          <TextField
            label="Years of experience"
            name="yearsOfExperience"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_YEARS_OF_EXPERIENCE}
            hint="Years working in coding or billing; 0 if you are starting out."
            defaultValue={profile.yearsOfExperience ?? ""}
            error={errors.yearsOfExperience}
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Credentials and goals</CardTitle>
          <CardDescription>What you hold today, what you are working toward, and the pay you are aiming for.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <fieldset aria-describedby={errors.credentials ? "credentials-error" : undefined}>
            <legend className="text-sm font-medium text-fg">Credentials you hold</legend>
            <div className="mt-2 grid grid-cols-3 gap-x-4 gap-y-2 sm:grid-cols-4">
              {KNOWN_CREDENTIALS.map((code) => (
                <label key={code} className="flex items-center gap-2 text-sm text-fg" title={CREDENTIAL_NAMES[code]}>
                  <input type="checkbox" name="credentials" value={code} defaultChecked={profile.credentials.includes(code)} className="size-4 accent-brand" />
                  {credentialLabel(code)}
                </label>
              ))}
            </div>
            <div id="credentials-error" aria-live="polite">
              {errors.credentials?.map((message) => (
                <FieldMessage key={message} tone="error" className="mt-1.5">
                  {message}
                </FieldMessage>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              label="Target credential"
              name="targetCredential"
              placeholder="Not given"
              options={KNOWN_CREDENTIALS.map((code) => ({ value: code, label: credentialFullLabel(code) }))}
              defaultValue={profile.targetCredential ?? ""}
              error={errors.targetCredential}
            />
            <TextField label="Exam date" name="examDate" type="date" defaultValue={profile.examDate ?? ""} error={errors.examDate} />
          </div>
          <TextField
            label="Pay goal (dollars a year)"
            name="payGoal"
            type="number"
            inputMode="numeric"
            min={PAY_GOAL_MIN}
            max={PAY_GOAL_MAX}
            step={1000}
            hint="Your projection shows the year you are likely to reach it."
            defaultValue={profile.payGoal ?? ""}
            error={errors.payGoal}
          />
        </CardContent>
      </Card>

      <div className="flex flex-wrap items-center gap-3 lg:col-span-2">
        <Button type="submit" loading={pending}>
          Save profile
        </Button>
        <p className="text-sm text-muted">Leave a field blank to clear it.</p>
      </div>
    </form>
  );
}
