import { X12Interchange, X12Parser, X12Segment, X12SerializationOptions } from "node-x12";
import { CARCS, GROUP_MEANINGS, RARCS } from "@/lib/claims/adjustment-codes";
import { compactDate } from "@/lib/claims/dates";
import { x12Amount } from "@/lib/claims/money";
import type { RemitAdjustment, Remittance } from "@/lib/claims/remittance";
import type { Claim, Payer, PlanType } from "@/lib/claims/schemas";

/**
 * The two transactions the workbench shows, the 837P professional claim (005010X222A1) and the 835
 * payment/remittance advice (005010X221A1), built from the same claim and remittance objects the payer works on
 * and serialised by node-x12 (the envelope's counts and control numbers are the library's). Each segment carries a
 * plain-language explanation (our words) for the raw-EDI view. Separators: `*` between elements, `:` between
 * components, `~` after each segment. Trading-partner ids are synthetic.
 */
export type Segment = { id: string; elements: string[]; explain: string };

export const SEPARATORS = { element: "*", component: ":", segment: "~" } as const;

const SERIALIZATION = new X12SerializationOptions({
  elementDelimiter: SEPARATORS.element,
  subElementDelimiter: SEPARATORS.component,
  segmentTerminator: SEPARATORS.segment,
  endOfLine: "\n",
  format: true,
});

/** Trailing empty elements are left off, as the implementation guides ask. */
const trimmed = (elements: readonly string[]) => {
  const kept = [...elements];
  while (kept.length > 0 && kept.at(-1) === "") kept.pop();
  return kept;
};

export function segmentText(segment: Segment): string {
  const x12 = new X12Segment(segment.id, SERIALIZATION);
  x12.setElements(trimmed(segment.elements));
  return x12.toString(SERIALIZATION);
}

const ENVELOPE_IDS = new Set(["ISA", "GS", "ST", "SE", "GE", "IEA"]);

/** One interchange, one group, one transaction, serialised by the library, which writes the trailers itself. */
function interchangeOf(segments: readonly Segment[]): X12Interchange {
  const find = (id: string) => {
    const found = segments.find((segment) => segment.id === id);
    if (!found) throw new Error(`An X12 interchange needs its ${id} segment.`);
    return found;
  };
  const interchange = new X12Interchange(SERIALIZATION);
  interchange.setHeader(find("ISA").elements);
  const group = interchange.addFunctionalGroup(SERIALIZATION);
  group.setHeader(find("GS").elements);
  const transaction = group.addTransaction();
  transaction.setHeader(find("ST").elements);
  for (const segment of segments) if (!ENVELOPE_IDS.has(segment.id)) transaction.addSegment(segment.id, trimmed(segment.elements));
  return interchange;
}

export const renderX12 = (segments: readonly Segment[]): string => interchangeOf(segments).toString(SERIALIZATION);

/** The trailers the library writes for these segments (SE, GE, IEA elements), read back by its strict parser. */
function libraryTrailers(segments: readonly Segment[]) {
  const parsed = new X12Parser(true).parse(renderX12(segments)) as X12Interchange;
  const group = parsed.functionalGroups[0]!;
  const elements = (segment: X12Segment) => segment.elements.map((element) => element.value);
  return { se: elements(group.transactions[0]!.trailer), ge: elements(group.trailer), iea: elements(parsed.trailer) };
}

const clean = (text: string) =>
  text
    .toUpperCase()
    .replace(/[*~:^]/g, " ")
    .trim();
const pad = (text: string, length: number) => clean(text).padEnd(length, " ").slice(0, length);
const splitName = (name: string) => {
  const [last, first = ""] = name.split(",").map((part) => part.trim());
  return { last: clean(last ?? name), first: clean(first) };
};
const FILING_INDICATOR: Record<PlanType, { code: string; meaning: string }> = {
  "medicare-b": { code: "MB", meaning: "Medicare Part B" },
  medicaid: { code: "MC", meaning: "Medicaid" },
  "medicare-advantage": { code: "16", meaning: "Medicare Advantage (HMO Medicare risk)" },
  commercial: { code: "CI", meaning: "commercial insurance" },
};
const RELATIONSHIP: Record<Claim["insured"]["relationship"], string> = { self: "18", spouse: "01", child: "19", other: "G8" };

type Envelope = { controlNumber: number; createdOn: string; senderId: string; receiverId: string; functional: "HC" | "HP"; version: string };

function envelope(env: Envelope, body: Segment[], transaction: "837" | "835"): Segment[] {
  const control = String(env.controlNumber).padStart(9, "0");
  const date = compactDate(env.createdOn);
  const st: Segment = {
    id: "ST",
    elements: [transaction, "0001", env.version],
    explain: `Transaction set header: a ${transaction === "837" ? "837 claim" : "835 remittance"} in the ${env.version} implementation guide, control number 0001.`,
  };
  const header: Segment[] = [
    {
      id: "ISA",
      elements: [
        "00",
        pad("", 10),
        "00",
        pad("", 10),
        "ZZ",
        pad(env.senderId, 15),
        "ZZ",
        pad(env.receiverId, 15),
        date.slice(2),
        "1200",
        "^",
        "00501",
        control,
        "0",
        "T",
        SEPARATORS.component,
      ],
      explain: `Interchange envelope: who sends (${env.senderId}) and who receives (${env.receiverId}), when, version 00501, control number ${control}; T marks test data.`,
    },
    {
      id: "GS",
      elements: [env.functional, clean(env.senderId), clean(env.receiverId), date, "1200", String(env.controlNumber), "X", env.version],
      explain: `Functional group: ${env.functional === "HC" ? "health care claims" : "health care payments and remittances"}.`,
    },
    st,
  ];
  const trailers = libraryTrailers([...header, ...body]);
  return [
    ...header,
    ...body,
    {
      id: "SE",
      elements: trailers.se,
      explain: `Transaction set trailer: ${trailers.se[0]} segments from ST to SE, which the receiver counts to know nothing was lost.`,
    },
    {
      id: "GE",
      elements: trailers.ge,
      explain: `Functional group trailer: ${trailers.ge[0]} transaction in the group, group control number ${trailers.ge[1]}.`,
    },
    { id: "IEA", elements: trailers.iea, explain: `Interchange trailer: ${trailers.iea[0]} group, the same control number as the ISA (${trailers.iea[1]}).` },
  ];
}

/** The 837P for a claim, as a practice's billing system sends it. */
export function build837P(claim: Claim, payer: Payer, options: { controlNumber?: number; createdOn?: string } = {}): Segment[] {
  const patient = splitName(claim.patient.name);
  const insured = splitName(claim.insured.name);
  const rendering = splitName(claim.renderingName);
  const filing = FILING_INDICATOR[payer.planType];
  const self = claim.insured.relationship === "self";
  const total = claim.lines.reduce((sum, line) => sum + line.charge, 0);
  const body: Segment[] = [
    {
      id: "BHT",
      elements: ["0019", "00", claim.claimNumber, compactDate(claim.receivedOn), "1200", "CH"],
      explain: "Beginning of the claim batch: 0019 is the claim hierarchy, 00 an original transmission, CH a chargeable claim.",
    },
    {
      id: "NM1",
      elements: ["41", "2", clean(claim.billingProvider.name), "", "", "", "", "46", "CWSUBMIT01"],
      explain: "Submitter (loop 1000A): the organisation sending the file, with its electronic transmitter id.",
    },
    {
      id: "NM1",
      elements: ["40", "2", clean(payer.name), "", "", "", "", "46", payer.ediId],
      explain: `Receiver (loop 1000B): ${payer.name}, payer id ${payer.ediId}.`,
    },
    { id: "HL", elements: ["1", "", "20", "1"], explain: "Hierarchical level 1: the billing provider; 1 at the end says levels follow below it." },
    {
      id: "NM1",
      elements: ["85", "2", clean(claim.billingProvider.name), "", "", "", "", "XX", claim.billingProvider.npi],
      explain: "Billing provider (loop 2010AA, box 33): name and NPI (XX means the id is an NPI).",
    },
    { id: "REF", elements: ["EI", claim.billingProvider.taxId.replace("-", "")], explain: "Billing provider's employer identification number (box 25)." },
    {
      id: "HL",
      elements: ["2", "1", "22", self ? "0" : "1"],
      explain: `Hierarchical level 2: the subscriber, under the billing provider${self ? "; the patient is the subscriber, so no level follows" : "; a patient level follows"}.`,
    },
    {
      id: "SBR",
      elements: ["P", self ? "18" : "", clean(claim.groupNumber ?? ""), "", "", "", "", "", filing.code],
      explain: `Subscriber information: P = this payer is primary${self ? ", 18 = the patient is the subscriber" : ""}; group number (box 11); claim filing indicator ${filing.code} = ${filing.meaning}.`,
    },
    {
      id: "NM1",
      elements: ["IL", "1", insured.last, insured.first, "", "", "", "MI", clean(claim.memberId)],
      explain: `Subscriber (loop 2010BA, boxes 4 and 1a): ${claim.insured.name}, member id ${claim.memberId || "(blank)"}.`,
    },
    ...(self
      ? [
          {
            id: "DMG",
            elements: ["D8", compactDate(claim.patient.birthDate), claim.patient.sex],
            explain: "Subscriber demographics (box 3): date of birth (D8 = CCYYMMDD) and sex.",
          },
        ]
      : []),
    { id: "NM1", elements: ["PR", "2", clean(payer.name), "", "", "", "", "PI", payer.ediId], explain: "Payer (loop 2010BB): who the claim is for." },
    ...(self
      ? []
      : [
          { id: "HL", elements: ["3", "2", "23", "0"], explain: "Hierarchical level 3: the patient, under the subscriber." },
          {
            id: "PAT",
            elements: [RELATIONSHIP[claim.insured.relationship]],
            explain: `Patient's relationship to the subscriber (box 6): ${claim.insured.relationship}.`,
          },
          { id: "NM1", elements: ["QC", "1", patient.last, patient.first], explain: `Patient (loop 2010CA, box 2): ${claim.patient.name}.` },
          { id: "DMG", elements: ["D8", compactDate(claim.patient.birthDate), claim.patient.sex], explain: "Patient's date of birth and sex (box 3)." },
        ]),
    {
      id: "CLM",
      elements: [
        claim.claimNumber,
        x12Amount(total),
        "",
        "",
        `${claim.placeOfService}${SEPARATORS.component}B${SEPARATORS.component}${claim.frequency}`,
        "Y",
        "A",
        "Y",
        "Y",
      ],
      explain: `Claim (loop 2300): account ${claim.claimNumber}, total charge ${x12Amount(total)}, place of service ${claim.placeOfService || "(blank)"}, B = professional, frequency ${claim.frequency} (${claim.frequency === "1" ? "original" : claim.frequency === "7" ? "replacement" : "void"}); then the provider's signature, assignment and release-of-information flags.`,
    },
    ...(claim.originalReference
      ? [
          {
            id: "REF",
            elements: ["F8", claim.originalReference],
            explain: "Payer claim control number of the claim this one replaces (required with frequency 7 or 8).",
          },
        ]
      : []),
    ...(claim.priorAuthorization ? [{ id: "REF", elements: ["G1", clean(claim.priorAuthorization)], explain: "Prior authorization number (box 23)." }] : []),
    {
      id: "HI",
      elements: claim.diagnoses.map((code, index) => `${index === 0 ? "ABK" : "ABF"}${SEPARATORS.component}${code.replace(".", "")}`),
      explain:
        "Diagnoses (box 21): ABK marks the principal ICD-10-CM code, ABF the others; codes are sent without the dot, in the order of the pointers A, B, C …",
    },
    {
      id: "NM1",
      elements: ["82", "1", rendering.last, rendering.first, "", "", "", "XX", claim.renderingNpi],
      explain: "Rendering provider (loop 2310B, box 24J): who did the service, with the NPI.",
    },
  ];
  claim.lines.forEach((line, index) => {
    body.push(
      { id: "LX", elements: [String(index + 1)], explain: `Service line ${index + 1} (loop 2400).` },
      {
        id: "SV1",
        elements: [
          ["HC", line.code, ...line.modifiers].join(SEPARATORS.component),
          x12Amount(line.charge),
          "UN",
          String(line.units),
          line.placeOfService ?? "",
          "",
          line.pointers.join(SEPARATORS.component),
        ],
        explain: `Professional service: HC = a CPT/HCPCS code, ${line.code}${line.modifiers.length ? ` with modifiers ${line.modifiers.join(", ")}` : ""}; charge ${x12Amount(line.charge)}; ${line.units} unit(s); diagnosis pointers ${line.pointers.join(", ") || "(none)"} (1 = A).`,
      },
      { id: "DTP", elements: ["472", "D8", compactDate(line.serviceDate)], explain: "Date of service (472) for the line (box 24A)." },
    );
  });
  return envelope(
    {
      controlNumber: options.controlNumber ?? 1,
      createdOn: options.createdOn ?? claim.receivedOn,
      senderId: "CWSUBMIT01",
      receiverId: payer.ediId,
      functional: "HC",
      version: "005010X222A1",
    },
    body,
    "837",
  );
}

function casSegments(adjustments: readonly RemitAdjustment[]): Segment[] {
  const byGroup = new Map<string, RemitAdjustment[]>();
  for (const adjustment of adjustments) byGroup.set(adjustment.group, [...(byGroup.get(adjustment.group) ?? []), adjustment]);
  return [...byGroup].map(([group, list]) => ({
    id: "CAS",
    elements: [group, ...list.slice(0, 6).flatMap((adjustment) => [adjustment.reason, x12Amount(adjustment.amount)])],
    explain: `Adjustment, group ${group} (${GROUP_MEANINGS[group as RemitAdjustment["group"]].name.toLowerCase()}): ${list.map((adjustment) => `reason ${adjustment.reason}, ${x12Amount(adjustment.amount)} — ${CARCS.get(adjustment.reason)?.meaning ?? ""}`).join("; ")}`,
  }));
}

const CLAIM_STATUS: Record<Remittance["claimStatusCode"], string> = {
  "1": "processed as primary",
  "2": "processed as secondary",
  "4": "denied",
  "22": "reversal of a previous payment",
};

/** The 835 for one claim's remittance, as the payer sends it. */
export function build835(remit: Remittance, claim: Claim, payer: Payer, options: { controlNumber?: number } = {}): Segment[] {
  const patient = splitName(claim.patient.name);
  const date = compactDate(remit.noticeDate);
  const filing = FILING_INDICATOR[payer.planType];
  const body: Segment[] = [
    remit.paid > 0
      ? {
          id: "BPR",
          elements: ["I", x12Amount(remit.paid), "C", "CHK", "", "", "", "", "", "", "", "", "", "", "", date],
          explain: `Financial information: I = payment with remittance, total ${x12Amount(remit.paid)}, C = credit to the provider, paid by check, dated ${remit.noticeDate}.`,
        }
      : {
          id: "BPR",
          elements: ["H", "0", "C", "NON", "", "", "", "", "", "", "", "", "", "", "", date],
          explain: "Financial information: H = notification only, no money moves with this remittance.",
        },
    {
      id: "TRN",
      elements: ["1", remit.payerClaimNumber, `1${payer.ediId}`],
      explain: "Reassociation trace number: matches this remittance to the payment deposit.",
    },
    { id: "DTM", elements: ["405", date], explain: "Production date of the remittance." },
    { id: "N1", elements: ["PR", clean(payer.name)], explain: "Payer (loop 1000A)." },
    {
      id: "N1",
      elements: ["PE", clean(claim.billingProvider.name), "XX", claim.billingProvider.npi],
      explain: "Payee (loop 1000B): the billing provider and its NPI.",
    },
    { id: "LX", elements: ["1"], explain: "Header number: groups the claims that follow." },
    {
      id: "CLP",
      elements: [
        claim.claimNumber,
        remit.claimStatusCode,
        x12Amount(remit.billed),
        x12Amount(remit.paid),
        x12Amount(remit.patientResponsibility),
        filing.code,
        remit.payerClaimNumber,
        claim.placeOfService,
        claim.frequency,
      ],
      explain: `Claim payment (loop 2100): our account ${claim.claimNumber}; status ${remit.claimStatusCode} = ${CLAIM_STATUS[remit.claimStatusCode]}; billed ${x12Amount(remit.billed)}, paid ${x12Amount(remit.paid)}, patient responsibility ${x12Amount(remit.patientResponsibility)}; the payer's claim number ${remit.payerClaimNumber}.`,
    },
    {
      id: "NM1",
      elements: ["QC", "1", patient.last, patient.first, "", "", "", "MI", clean(claim.memberId)],
      explain: "Patient the claim was for, with the member id.",
    },
    ...(remit.remarks.length
      ? [
          {
            id: "MOA",
            elements: ["", "", ...remit.remarks.slice(0, 5)],
            explain: `Claim-level remark codes: ${remit.remarks.map((remark) => `${remark} — ${RARCS.get(remark)?.meaning ?? ""}`).join("; ")}`,
          },
        ]
      : []),
    {
      id: "DTM",
      elements: ["232", compactDate(remit.lines[0]?.serviceDate ?? remit.noticeDate)],
      explain: "Claim statement period start: the first date of service.",
    },
  ];
  for (const line of remit.lines) {
    body.push(
      {
        id: "SVC",
        elements: [["HC", line.code, ...line.modifiers].join(SEPARATORS.component), x12Amount(line.billed), x12Amount(line.paid), "", String(line.units)],
        explain: `Service line ${line.line} (loop 2110): ${line.code}${line.modifiers.length ? ` ${line.modifiers.join(" ")}` : ""}, billed ${x12Amount(line.billed)}, paid ${x12Amount(line.paid)}, ${line.units} unit(s).`,
      },
      { id: "DTM", elements: ["472", compactDate(line.serviceDate)], explain: "Date of service of the line." },
      ...casSegments(line.adjustments),
      { id: "AMT", elements: ["B6", x12Amount(line.allowed)], explain: `Allowed amount for the line: ${x12Amount(line.allowed)}.` },
      ...line.remarks.map((remark) => ({
        id: "LQ",
        elements: ["HE", remark],
        explain: `Remark code (HE = RARC) ${remark}: ${RARCS.get(remark)?.meaning ?? ""}`,
      })),
    );
  }
  return envelope(
    {
      controlNumber: options.controlNumber ?? 2,
      createdOn: remit.noticeDate,
      senderId: payer.ediId,
      receiverId: "CWSUBMIT01",
      functional: "HP",
      version: "005010X221A1",
    },
    body,
    "835",
  );
}
