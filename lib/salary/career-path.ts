import type { CareerEvent, CareerPath, SalaryProfile } from "@/lib/salary/types";

/** The profile after one change. Moving to a state leaves any metro area behind; a metro area wins over a state. */
export function applyEvent(profile: SalaryProfile, event: CareerEvent): SalaryProfile {
  switch (event.kind) {
    case "credential":
      if (profile.credentials.includes(event.credential)) return profile;
      // A full CPC replaces the apprentice designation.
      return { ...profile, credentials: [...profile.credentials.filter((code) => !(event.credential === "cpc" && code === "cpc-a")), event.credential] };
    case "setting":
      return { ...profile, setting: event.setting };
    case "state": {
      const moved: SalaryProfile = { ...profile, state: event.state };
      delete moved.metro;
      return moved;
    }
    case "metro":
      return { ...profile, metro: event.metro };
    case "remote":
      return { ...profile, remote: event.remote };
    case "role":
      return { ...profile, role: event.role };
  }
}

/** The profile the model sees in `year` of a path: changes up to that year applied, experience grown by `year`. */
export function profileInYear(path: CareerPath, year: number): SalaryProfile {
  let profile: SalaryProfile = { ...path.profile, credentials: [...path.profile.credentials], yearsOfExperience: path.profile.yearsOfExperience + year };
  for (const event of [...path.events].sort((a, b) => a.year - b.year)) {
    if (event.year > year) break;
    profile = applyEvent(profile, event);
  }
  return profile;
}

/** True when a change does nothing to the profile it meets (a credential already held, the setting already chosen). */
export function isNoOpEvent(path: CareerPath, index: number): boolean {
  const event = path.events[index];
  if (!event) return false;
  const before = profileInYear(
    { profile: path.profile, events: path.events.filter((other, i) => i !== index && (other.year < event.year || (other.year === event.year && i < index))) },
    event.year,
  );
  const after = applyEvent(before, event);
  return JSON.stringify(after) === JSON.stringify(before);
}
