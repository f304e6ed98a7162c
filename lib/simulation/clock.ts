/** Simulated clock: minutes since midnight on the day being played (8:00 is 480). */
export type ClockMinute = number;

const HHMM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/** "08:15" → 495. */
export function parseClock(text: string): ClockMinute {
  const match = HHMM.exec(text);
  if (!match) throw new Error(`"${text}" is not a 24-hour time such as 08:15`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 495 → "8:15 AM"; 780 → "1:00 PM". */
export function formatClock(minute: ClockMinute): string {
  const hours = Math.floor(minute / 60) % 24;
  const minutes = minute % 60;
  const suffix = hours < 12 ? "AM" : "PM";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${String(minutes).padStart(2, "0")} ${suffix}`;
}

/** 95 → "1 h 35 min"; 40 → "40 min". */
export function formatSpan(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export const HHMM_SHAPE = HHMM;
