import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error is a bug that would otherwise pass silently (epic-stack's habit).
// A test that expects one mocks console.error itself.
let unexpected: string[] = [];

beforeEach(() => {
  unexpected = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    unexpected.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(" "));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (unexpected.length > 0) throw new Error(`console.error was called:\n${unexpected.join("\n")}`);
});
