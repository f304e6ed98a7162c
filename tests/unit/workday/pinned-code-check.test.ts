import { describe, expect, it, vi } from "vitest";
import type { CodeCheck } from "@/lib/claims/tables";
import { codeVerdictsFromStored, pinnedCodeCheck } from "@/lib/workday/pinned-code-check";

describe("pinnedCodeCheck", () => {
  it("answers from the pinned verdicts first and asks today's code sets only about codes the day has not met", () => {
    const live = vi.fn<CodeCheck>(() => "unknown");
    const pinned = pinnedCodeCheck(live, { "hcpcs:L1833": "billable" });
    expect(pinned.check("hcpcs", "l1833 ")).toBe("billable");
    expect(live).not.toHaveBeenCalled();
    expect(pinned.learned()).toBe(false);

    expect(pinned.check("icd10cm", "M17.11")).toBe("unknown");
    expect(live).toHaveBeenCalledWith("icd10cm", "M17.11");
    expect(pinned.learned()).toBe(true);
    expect(pinned.verdicts).toEqual({ "hcpcs:L1833": "billable", "icd10cm:M17.11": "unknown" });
    // Met once, pinned: a later change in the code sets does not change the answer within the day.
    live.mockReturnValue("billable");
    expect(pinned.check("icd10cm", "M17.11")).toBe("unknown");
  });

  it("keeps the same code in different systems apart, and does not pin what is not shaped like a code", () => {
    const pinned = pinnedCodeCheck((system) => (system === "cpt" ? "billable" : "unknown"), {});
    expect(pinned.check("cpt", "99213")).toBe("billable");
    expect(pinned.check("hcpcs", "99213")).toBe("unknown");
    pinned.check("icd10cm", "<script>");
    expect(Object.keys(pinned.verdicts)).toEqual(["cpt:99213", "hcpcs:99213"]);
  });
});

describe("codeVerdictsFromStored", () => {
  it("reads stored verdicts and drops malformed ones with a warning", () => {
    expect(codeVerdictsFromStored(null, "run-1")).toEqual({});
    expect(codeVerdictsFromStored({ "icd10cm:M17.11": "billable" }, "run-1")).toEqual({ "icd10cm:M17.11": "billable" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(codeVerdictsFromStored({ "icd10cm:M17.11": "maybe" }, "run-1")).toEqual({});
    expect(codeVerdictsFromStored({ "x:M17.11": "billable" }, "run-1")).toEqual({});
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
