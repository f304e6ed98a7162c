import { US_STATE_NAMES } from "@/lib/salary/us-states";
import { US_STATE_CODES } from "@/lib/salary/types";

/** <option>s for a state <select>: states with their own pay figure first, then the rest (national pay). */
export function StateOptions({ statesWithFigures }: { statesWithFigures: readonly string[] }) {
  const byName = (a: string, b: string) => US_STATE_NAMES[a as keyof typeof US_STATE_NAMES].localeCompare(US_STATE_NAMES[b as keyof typeof US_STATE_NAMES]);
  const withFigures = US_STATE_CODES.filter((code) => statesWithFigures.includes(code)).sort(byName);
  const others = US_STATE_CODES.filter((code) => !statesWithFigures.includes(code)).sort(byName);
  return (
    <>
      <optgroup label="States with their own pay figure">
        {withFigures.map((code) => (
          <option key={code} value={code}>
            {US_STATE_NAMES[code]}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other states (national pay is used)">
        {others.map((code) => (
          <option key={code} value={code}>
            {US_STATE_NAMES[code]}
          </option>
        ))}
      </optgroup>
    </>
  );
}
