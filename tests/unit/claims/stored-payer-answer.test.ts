import { afterEach, describe, expect, it, vi } from "vitest";
import { payerAnswerFromStored } from "@/lib/claims/stored-grade";

afterEach(() => vi.restoreAllMocks());

describe("payerAnswerFromStored", () => {
  it("keeps an answer whose parts the result screen reads are whole", () => {
    expect(payerAnswerFromStored({ kind: "refused", reason: "The claim was sent after the filing limit." })).toEqual({
      kind: "refused",
      reason: "The claim was sent after the filing limit.",
    });
    expect(payerAnswerFromStored({ kind: "none" })).toEqual({ kind: "none" });
  });

  it("reports and drops an answer that no longer validates, showing it as not sent", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken = [
      null,
      "remittance",
      { kind: "remittance", claim: {}, scrub: { clean: true, findings: [] }, remittance: { status: "paid" } },
      { kind: "blocked", scrub: { clean: false, findings: [{ edit: "ncci-ptp" }] } },
      { kind: "appeal", decision: { outcome: "overturned" } },
      { kind: "something-new" },
    ];
    for (const stored of broken) expect(payerAnswerFromStored(stored), JSON.stringify(stored)).toEqual({ kind: "none" });
    expect(warn).toHaveBeenCalledTimes(broken.length);
    expect(warn.mock.calls[0]![0]).toMatch(/denial attempt: ignored the stored payer answer/);
  });
});
