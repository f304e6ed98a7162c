import { describe, expect, it } from "vitest";
import { addDays, addMonths, ageOn, daysBetween } from "@/lib/claims/dates";
import { appealDeadline, deadlinesFor, isFiledLate, presumedReceipt, reopeningDeadline, timelyFilingDeadline } from "@/lib/claims/deadlines";
import { payers } from "./claim-fixtures";

const medicare = payers.get("medicare-b")!;
const evergreen = payers.get("evergreen-ppo")!;
const advantage = payers.get("medicare-advantage")!;

describe("date arithmetic", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-03-15", 12, "2027-03-15"],
    ["2026-12-31", 2, "2027-02-28"],
  ])("addMonths(%s, %i) = %s", (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it.each([
    ["2026-03-20", 125, "2026-07-23"],
    ["2026-12-30", 5, "2027-01-04"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it("counts days across a year and ages by birthday", () => {
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-03-05", "2026-03-01")).toBe(-4);
    expect(ageOn("1960-03-02", "2026-03-01")).toBe(65);
    expect(ageOn("1960-03-02", "2026-03-02")).toBe(66);
  });

  it("refuses a date that is not on the calendar", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow("not a calendar date");
  });
});

describe("filing limits", () => {
  it.each([
    // payer, date of service, received, late?
    ["medicare-b", "2025-03-15", "2026-03-15", false],
    ["medicare-b", "2025-03-15", "2026-03-16", true],
    ["evergreen-ppo", "2026-01-01", "2026-06-30", false],
    ["evergreen-ppo", "2026-01-01", "2026-07-01", true],
    ["northstar-hmo", "2026-01-01", "2026-04-01", false],
    ["northstar-hmo", "2026-01-01", "2026-04-02", true],
  ] as const)("%s: service %s received %s → late %s", (payerId, serviceDate, receivedOn, late) => {
    expect(isFiledLate(payers.get(payerId)!, serviceDate, receivedOn)).toBe(late);
  });

  it("Medicare counts 12 calendar months from the date of service; commercial plans count contract days", () => {
    expect(timelyFilingDeadline(medicare, "2025-03-15")).toBe("2026-03-15");
    expect(timelyFilingDeadline(evergreen, "2026-01-01")).toBe("2026-06-30");
  });
});

describe("appeal windows", () => {
  it("Medicare redetermination: 120 days from receipt, receipt presumed 5 days after the notice date", () => {
    expect(presumedReceipt(medicare, "2026-03-20")).toBe("2026-03-25");
    expect(appealDeadline(medicare, "2026-03-20")).toBe("2026-07-23");
  });

  it("commercial internal appeal: 180 days; Medicare Advantage reconsideration: 65 days; reopening: one year", () => {
    expect(appealDeadline(evergreen, "2026-03-20")).toBe("2026-09-16");
    expect(appealDeadline(advantage, "2026-03-20")).toBe("2026-05-24");
    expect(reopeningDeadline("2026-03-20")).toBe("2027-03-20");
  });

  it("lists the paths open for a remittance with days left, available ones first", () => {
    const deadlines = deadlinesFor({ payer: medicare, serviceDate: "2026-03-02", noticeDate: "2026-03-20", appealable: true, asOf: "2026-07-20" });
    expect(deadlines.map((deadline) => [deadline.kind, deadline.due, deadline.daysLeft, deadline.available])).toEqual([
      ["appeal", "2026-07-23", 3, true],
      ["corrected-claim", "2027-03-02", 225, true],
      ["reopening", "2027-03-20", 243, true],
    ]);
  });

  it("shows no appeal for a denial without appeal rights", () => {
    const deadlines = deadlinesFor({ payer: medicare, serviceDate: "2025-01-10", noticeDate: "2026-03-20", appealable: false, asOf: "2026-03-25" });
    const appeal = deadlines.find((deadline) => deadline.kind === "appeal")!;
    expect(appeal.available).toBe(false);
    expect(appeal.note).toMatch(/no appeal rights/);
    expect(deadlines.at(-1)!.available).toBe(false);
  });
});
