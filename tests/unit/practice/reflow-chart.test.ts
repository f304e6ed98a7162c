import { describe, expect, it } from "vitest";
import { loadCases } from "@/lib/content/load-cases";
import { reflowChart, type ChartBlock } from "@/lib/practice/reflow-chart";

const texts = (blocks: ChartBlock[]) => blocks.map((block) => (block.kind === "text" ? `${" ".repeat(block.indent)}${block.text}` : "¶"));

describe("reflowChart", () => {
  it("joins hard-wrapped lines into one paragraph and keeps labelled fields, list items and breaks apart", () => {
    const chart = [
      "HPI: 76 y/o F with HFrEF (last EF 30% in 2024), HTN, CKD 4,",
      '"borderline sugar" per pt. 8 days progressive DOE, 3-pillow',
      "orthopnea. Admitted by hospitalist.",
      "ROS: + cough at night.",
      "",
      "ASSESSMENT:",
      "  1. Acute on chronic systolic heart failure - precipitated by diuretic",
      "     nonadherence; hypertensive heart disease.",
      "  2. CKD stage 4 - trend.",
      "K 5.1, Na 133. CXR reviewed by me (radiology read pending): cephalization",
    ].join("\n");
    expect(texts(reflowChart(chart))).toEqual([
      'HPI: 76 y/o F with HFrEF (last EF 30% in 2024), HTN, CKD 4, "borderline sugar" per pt. 8 days progressive DOE, 3-pillow orthopnea. Admitted by hospitalist.',
      "ROS: + cough at night.",
      "¶",
      "ASSESSMENT:",
      "  1. Acute on chronic systolic heart failure - precipitated by diuretic nonadherence; hypertensive heart disease.",
      "  2. CKD stage 4 - trend. K 5.1, Na 133. CXR reviewed by me (radiology read pending): cephalization",
    ]);
  });

  it("keeps a header row of spread-out fields as it is, and never joins onto it", () => {
    const blocks = reflowChart("PATIENT: M. Okafor (synthetic)       DOB: 03/14/1979\nDATE OF SURGERY: 02/11/2026\nsecond line of the date");
    expect(texts(blocks)).toEqual(["PATIENT: M. Okafor (synthetic)       DOB: 03/14/1979", "DATE OF SURGERY: 02/11/2026 second line of the date"]);
    expect(blocks[0]).toMatchObject({ fields: ["PATIENT: M. Okafor (synthetic)", "DOB: 03/14/1979"] });
  });

  it("loses no words of any case's chart, and every evidence quote stays inside one block", () => {
    for (const chartCase of loadCases()) {
      for (const document of chartCase.documents) {
        const blocks = reflowChart(document.text).flatMap((block) => (block.kind === "text" ? [block.text] : []));
        expect(blocks.join(" ").split(/\s+/).join(" "), chartCase.id).toBe(document.text.trim().split(/\s+/).join(" "));
        const quotes = [...chartCase.key.diagnoses, ...chartCase.key.procedures]
          .flatMap((line) => line.evidence)
          .filter((quote) => document.text.includes(quote));
        for (const quote of quotes)
          expect(
            blocks.some((block) => block.includes(quote)),
            `${chartCase.id}: ${quote}`,
          ).toBe(true);
      }
    }
  });
});
