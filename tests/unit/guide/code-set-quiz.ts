import type { Quiz } from "@/lib/content/schemas";

/** A knowledge check on the code sets: one answer, a number (in USD), and a four-pair matching question. */
export const quiz: Quiz = {
  items: [
    {
      id: "q1",
      kind: "single",
      tests: "concept",
      prompt: "Which code set describes diagnoses?",
      options: [
        { id: "a", text: "CPT", correct: false },
        { id: "b", text: "ICD-10-CM", correct: true },
      ],
      explanation: "ICD-10-CM codes diagnoses.",
    },
    {
      id: "q2",
      kind: "numeric",
      tests: "arithmetic",
      prompt: "Coinsurance of 20 percent on 750 dollars?",
      answer: 150,
      tolerance: 0,
      unit: "USD",
      explanation: "0.2 × 750.",
    },
    {
      id: "q3",
      kind: "matching",
      tests: "concept",
      prompt: "Match.",
      pairs: [
        { left: "ICD-10-CM", right: "Diagnoses" },
        { left: "CPT", right: "Procedures" },
        { left: "HCPCS Level II", right: "Supplies" },
        { left: "ICD-10-PCS", right: "Inpatient procedures" },
      ],
      explanation: "Each set has its job.",
    },
  ],
};

export const allMatched = { "ICD-10-CM": "Diagnoses", CPT: "Procedures", "HCPCS Level II": "Supplies", "ICD-10-PCS": "Inpatient procedures" };
