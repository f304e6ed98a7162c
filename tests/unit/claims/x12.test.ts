import { X12Parser, type X12Interchange } from "node-x12";
import { describe, expect, it } from "vitest";
import { adjudicate } from "@/lib/claims/adjudicate";
import { build835, build837P, renderX12, segmentText } from "@/lib/claims/x12";
import { claim, payerContext, payers } from "./claim-fixtures";

const knee = claim({
  claimNumber: "CW-X12-1",
  diagnoses: ["S83.241A", "M17.12"],
  lines: [
    { serviceDate: "2026-03-02", code: "29881", modifiers: ["RT"], units: 1, charge: 1500, pointers: [1] },
    { serviceDate: "2026-03-02", code: "20610", modifiers: ["RT"], units: 1, charge: 210.5, pointers: [2] },
  ],
});
const payer = payers.get("evergreen-ppo")!;
const segments = (list: ReturnType<typeof build837P>, id: string) => list.filter((segment) => segment.id === id).map(segmentText);

describe("the 837P writer", () => {
  const claim837 = build837P(knee, payer);

  it("writes the claim, its diagnoses and its lines from the claim object", () => {
    expect(segments(claim837, "CLM")).toEqual(["CLM*CW-X12-1*1710.5***11:B:1*Y*A*Y*Y~"]);
    expect(segments(claim837, "HI")).toEqual(["HI*ABK:S83241A*ABF:M1712~"]);
    expect(segments(claim837, "SV1")).toEqual(["SV1*HC:29881:RT*1500*UN*1***1~", "SV1*HC:20610:RT*210.5*UN*1***2~"]);
    expect(segments(claim837, "DTP")).toEqual(["DTP*472*D8*20260302~", "DTP*472*D8*20260302~"]);
  });

  it("counts the segments from ST to SE and closes the envelopes", () => {
    const st = claim837.findIndex((segment) => segment.id === "ST");
    const se = claim837.findIndex((segment) => segment.id === "SE");
    expect(claim837[se]!.elements[0]).toBe(String(se - st + 1));
    expect(claim837.map((segment) => segment.id).slice(0, 3)).toEqual(["ISA", "GS", "ST"]);
    expect(claim837.map((segment) => segment.id).slice(-3)).toEqual(["SE", "GE", "IEA"]);
    expect(segmentText(claim837[0]!)).toHaveLength(106);
  });

  it("adds a patient loop when the patient is not the subscriber, and the original claim for a replacement", () => {
    const dependent = build837P({ ...knee, insured: { name: "Rivera, Jon", relationship: "spouse" }, frequency: "7", originalReference: "PCN-77" }, payer);
    expect(segments(dependent, "PAT")).toEqual(["PAT*01~"]);
    expect(segments(dependent, "REF")).toContain("REF*F8*PCN-77~");
    expect(segments(dependent, "CLM")[0]).toContain("*11:B:7*");
  });

  it("explains every segment in words", () => {
    expect(claim837.every((segment) => segment.explain.length > 10)).toBe(true);
  });
});

describe("the 835 writer", () => {
  const remit = adjudicate(knee, payerContext());
  const remit835 = build835(remit, knee, payer);

  it("writes the claim payment and each line's adjustments so they balance", () => {
    expect(segments(remit835, "CLP")).toEqual([`CLP*CW-X12-1*1*1710.5*${remit.paid / 100}*0*CI*PCN-0001*11*1~`]);
    expect(segments(remit835, "CAS")).toEqual(["CAS*CO*45*850~", "CAS*CO*97*210.5~"]);
    expect(segments(remit835, "LQ")).toEqual(["LQ*HE*M15~"]);
    expect(segments(remit835, "SVC")).toEqual(["SVC*HC:29881:RT*1500*650**1~", "SVC*HC:20610:RT*210.5*0**1~"]);
  });

  it("explains a CAS segment with the group and the reason in our words", () => {
    const cas = remit835.find((segment) => segment.id === "CAS" && segment.elements[1] === "97")!;
    expect(cas.explain).toContain("contractual obligation");
    expect(cas.explain).toContain("paid as part of another service");
  });

  it("renders one segment a line", () => {
    const text = renderX12(remit835);
    expect(text.split("\n")).toHaveLength(remit835.length);
    expect(text.split("\n").every((line) => line.endsWith("~"))).toBe(true);
  });
});

describe("the X12 library's view of both documents", () => {
  it("reads them back with its strict parser, segment for segment, with the counts it wrote itself", () => {
    const remit = adjudicate(knee, payerContext());
    for (const document of [build837P(knee, payer), build835(remit, knee, payer)]) {
      const parsed = new X12Parser(true).parse(renderX12(document)) as X12Interchange;
      const transaction = parsed.functionalGroups[0]!.transactions[0]!;
      const body = document.filter((segment) => !["ISA", "GS", "ST", "SE", "GE", "IEA"].includes(segment.id));
      expect(transaction.segments.map((segment) => segment.tag)).toEqual(body.map((segment) => segment.id));
      expect(transaction.trailer.elements[0]!.value).toBe(String(body.length + 2));
      expect(parsed.header.elements[12]!.value).toBe(parsed.trailer.elements[1]!.value);
    }
  });
});
