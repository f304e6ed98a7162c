import { reduceDay } from "@/lib/simulation/reduce";
import { startDay } from "@/lib/simulation/start-day";
import type { DayContext, DayState, StoredAction } from "@/lib/simulation/types";

/** Rebuilds a day from its seed and stored actions, in sequence order. */
export function replayDay(context: DayContext, seed: string, actions: readonly StoredAction[]): DayState {
  return [...actions].sort((a, b) => a.seq - b.seq).reduce((state, stored) => reduceDay(context, state, stored), startDay(context, seed));
}
