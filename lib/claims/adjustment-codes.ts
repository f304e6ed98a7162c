/**
 * Claim adjustment group codes, claim adjustment reason codes (CARC, X12 external code list 139) and remittance
 * advice remark codes (RARC, list 411) that the workbench uses: the NUMBERS are X12's, every description here is
 * Chartwise's own plain-language paraphrase. X12's wording is copyrighted and is never copied (see
 * ../shared/notes/denials-research.md §1e and §5). Look the current official wording up at x12.org.
 */

export const GROUP_CODES = ["CO", "PR", "OA", "PI", "CR"] as const;
export type GroupCode = (typeof GROUP_CODES)[number];

export const GROUP_MEANINGS: Record<GroupCode, { name: string; meaning: string }> = {
  CO: {
    name: "Contractual obligation",
    meaning: "The provider absorbs this amount under its contract or the payer's rules. It may never be billed to the patient.",
  },
  PR: {
    name: "Patient responsibility",
    meaning: "The patient owes this amount (deductible, coinsurance, copay, or a service the patient agreed in writing to pay for).",
  },
  OA: { name: "Other adjustment", meaning: "An adjustment that is neither the provider's nor the patient's, such as a duplicate or another payer's payment." },
  PI: { name: "Payer-initiated reduction", meaning: "A reduction the payer made that is not in the contract. Medicare does not use this group." },
  CR: { name: "Correction or reversal", meaning: "Reverses or corrects an earlier adjudication of this claim." },
};

export type ReasonCode = {
  code: string;
  /** Our words for what the payer is saying. */
  meaning: string;
  /** What a biller usually does next, in our words. */
  action: string;
  /** The denial category the workbench files it under. */
  category: DenialCategory;
};

export const DENIAL_CATEGORIES = [
  "eligibility-registration",
  "authorization",
  "missing-information",
  "coding",
  "bundling",
  "medical-necessity",
  "non-covered",
  "timely-filing",
  "duplicate",
  "cob",
  "not-a-denial",
] as const;
export type DenialCategory = (typeof DENIAL_CATEGORIES)[number];

export const DENIAL_CATEGORY_LABELS: Record<DenialCategory, string> = {
  "eligibility-registration": "Eligibility / registration",
  authorization: "Authorization",
  "missing-information": "Missing or invalid information",
  coding: "Coding",
  bundling: "Bundling (NCCI)",
  "medical-necessity": "Medical necessity",
  "non-covered": "Not covered",
  "timely-filing": "Timely filing",
  duplicate: "Duplicate",
  cob: "Coordination of benefits",
  "not-a-denial": "Not a denial",
};

const CARC_LIST: ReasonCode[] = [
  {
    code: "1",
    meaning: "Part of the allowed amount went to the patient's deductible.",
    action: "Post it as patient responsibility and bill the patient (after any secondary).",
    category: "not-a-denial",
  },
  {
    code: "2",
    meaning: "Part of the allowed amount is the patient's coinsurance share.",
    action: "Post it as patient responsibility and bill the patient (after any secondary).",
    category: "not-a-denial",
  },
  {
    code: "3",
    meaning: "Part of the allowed amount is the patient's fixed copay.",
    action: "Post it as patient responsibility; collect it if it was not collected at the visit.",
    category: "not-a-denial",
  },
  {
    code: "4",
    meaning: "A modifier on the line is wrong for this code, or a modifier the code needs is missing.",
    action: "Check the modifier against the code and the chart, correct the line and resend it.",
    category: "coding",
  },
  {
    code: "5",
    meaning: "The place of service does not fit this code, or it is missing.",
    action: "Check where the service happened, correct the place of service and resend.",
    category: "missing-information",
  },
  {
    code: "6",
    meaning: "The procedure does not fit the patient's age.",
    action: "Check the date of birth with registration and the code with the chart.",
    category: "coding",
  },
  {
    code: "7",
    meaning: "The procedure does not fit the patient's sex as the payer has it.",
    action: "Check the sex on file with registration and the code with the chart.",
    category: "coding",
  },
  { code: "9", meaning: "The diagnosis does not fit the patient's age.", action: "Check the date of birth and the diagnosis code.", category: "coding" },
  {
    code: "10",
    meaning: "The diagnosis does not fit the patient's sex as the payer has it.",
    action: "Check the sex on file with registration and the diagnosis with the chart.",
    category: "coding",
  },
  {
    code: "11",
    meaning: "The diagnosis on the line does not explain why this procedure was done.",
    action: "Re-read the chart: fix the diagnosis or the pointer and resend a corrected claim.",
    category: "coding",
  },
  {
    code: "15",
    meaning: "The authorization number sent is missing, wrong or does not match this service.",
    action: "Find the right authorization number and resend a corrected claim.",
    category: "authorization",
  },
  {
    code: "16",
    meaning: "The claim or line lacks information or has a billing error, so the payer could not finish it. A remark code says what.",
    action: "Read the remark code, fix that field and send the claim again. It is not appealed.",
    category: "missing-information",
  },
  {
    code: "18",
    meaning: "The payer already received this same service for this patient and date.",
    action: "Check whether the first claim was paid. Do not resend; correct or reopen only if the services really differ.",
    category: "duplicate",
  },
  {
    code: "22",
    meaning: "The payer believes another insurer should pay first.",
    action: "Confirm the coverage order with the patient, bill the primary, then send this payer the primary's remittance.",
    category: "cob",
  },
  {
    code: "23",
    meaning: "What another payer already paid or adjusted has been taken into account here.",
    action: "Post it; check that the secondary paid what its rules allow.",
    category: "not-a-denial",
  },
  {
    code: "26",
    meaning: "The service was before the patient's coverage started.",
    action: "Send it back to registration to find the coverage in force on that date.",
    category: "eligibility-registration",
  },
  {
    code: "27",
    meaning: "The service was after the patient's coverage ended.",
    action: "Send it back to registration: find the new coverage, or bill the patient if there is none.",
    category: "eligibility-registration",
  },
  {
    code: "29",
    meaning: "The claim reached the payer after its filing deadline.",
    action: "Write it off unless you hold proof it was filed in time. A Medicare timely-filing denial cannot be appealed.",
    category: "timely-filing",
  },
  {
    code: "31",
    meaning: "The payer cannot find the patient as its member.",
    action: "Check the member id and name with the card and resend, or send back to registration.",
    category: "eligibility-registration",
  },
  {
    code: "45",
    meaning: "The charge is more than the contracted or fee-schedule amount; the difference is written off.",
    action: "Post it as a contractual adjustment. It is not a denial and is never billed to the patient.",
    category: "not-a-denial",
  },
  {
    code: "50",
    meaning: "The payer decided the service was not medically necessary under its policy.",
    action: "Check the diagnosis and the policy; appeal with the records that show necessity. Bill the patient only with a valid ABN (group PR).",
    category: "medical-necessity",
  },
  {
    code: "96",
    meaning: "The charge is not covered; a remark code gives the reason.",
    action: "Read the remark code: a benefit exclusion the patient agreed to is billed to the patient; otherwise correct or appeal.",
    category: "non-covered",
  },
  {
    code: "97",
    meaning: "This service is paid as part of another service on the claim, so it gets no separate payment.",
    action:
      "Look up the NCCI pair. Indicator 1 and a distinct service documented: add the right modifier to the column-2 line and correct. Indicator 0: write off.",
    category: "bundling",
  },
  {
    code: "107",
    meaning: "The service this one depends on (such as the primary procedure of an add-on code) is not on the claim.",
    action: "Add the primary service if it was done, or remove the add-on line, and resend.",
    category: "coding",
  },
  {
    code: "109",
    meaning: "This payer or contractor is the wrong one for this claim.",
    action: "Send the claim to the right payer or contractor.",
    category: "eligibility-registration",
  },
  {
    code: "119",
    meaning: "The patient has used up the benefit maximum for this service.",
    action: "Check the count; bill a secondary or the patient, or appeal if the count is wrong.",
    category: "non-covered",
  },
  {
    code: "151",
    meaning: "The payer does not accept this many units, or this frequency, for the service.",
    action: "Check the units against the chart and the MUE's adjudication indicator; correct the units, or appeal with records when the indicator allows it.",
    category: "coding",
  },
  {
    code: "167",
    meaning: "The payer does not cover this diagnosis.",
    action: "Check the diagnosis is coded to the highest specificity and linked to the line; appeal with records or get an ABN next time.",
    category: "medical-necessity",
  },
  {
    code: "181",
    meaning: "The procedure code was not valid on the date of service.",
    action: "Code the service with a code valid on that date and resend.",
    category: "coding",
  },
  {
    code: "197",
    meaning: "The service needed approval before it was done (authorization, precertification or notification), and none is on file.",
    action: "Find the authorization and resend with its number; if there is none, ask for a retro-authorization or appeal.",
    category: "authorization",
  },
  {
    code: "204",
    meaning: "The patient's plan does not cover this service, drug or equipment.",
    action: "Confirm the benefits; bill the patient if the group is PR and the patient was told; appeal if it should be covered.",
    category: "non-covered",
  },
  {
    code: "236",
    meaning: "This procedure, or this modifier with it, may not be billed with another procedure on the same day under the payer's correct-coding rules.",
    action: "Same as 97: check the pair, its indicator and the documentation for a modifier.",
    category: "bundling",
  },
  {
    code: "253",
    meaning: "Medicare's sequestration cut: a small percentage taken off the payment by law.",
    action: "Post it as a contractual adjustment. It is not a denial.",
    category: "not-a-denial",
  },
];

const RARC_LIST: { code: string; meaning: string }[] = [
  { code: "M15", meaning: "Services billed separately were bundled into another service and paid as one." },
  { code: "M38", meaning: "The patient was told in writing beforehand (an ABN) that the service might not be paid, so the patient owes it." },
  { code: "M39", meaning: "The patient does not owe this: the advance notice was not given or was not valid." },
  { code: "M51", meaning: "The procedure code is missing, incomplete or not valid." },
  { code: "M62", meaning: "The treatment authorization number is missing, incomplete or not valid." },
  { code: "M76", meaning: "A diagnosis is missing, incomplete or not valid, or the line points to no diagnosis." },
  { code: "M77", meaning: "The place of service is missing, incomplete or not valid." },
  { code: "M80", meaning: "Not paid when done on the same day as another service already processed." },
  { code: "M81", meaning: "Code the diagnosis to its most specific level." },
  { code: "MA01", meaning: "You may ask for this decision to be reviewed (an appeal); the notice explains how and by when." },
  { code: "MA04", meaning: "Send this payer the primary payer's payment details before it can pay as secondary." },
  { code: "MA130", meaning: "The claim cannot be processed as sent and has no appeal rights: correct it and send a new claim." },
  { code: "N4", meaning: "The prior payer's remittance (EOB) is missing, incomplete or not valid." },
  { code: "N19", meaning: "The procedure is incidental to another service billed that day and is not paid separately." },
  { code: "N20", meaning: "Not paid when billed with another service on the same day." },
  { code: "N30", meaning: "The patient is not eligible for this service." },
  { code: "N54", meaning: "The claim does not match the services that were authorized." },
  { code: "N56", meaning: "The procedure code is not right or not valid for the service or date billed." },
  { code: "N115", meaning: "The decision follows a local coverage determination (LCD); read it for what is covered." },
  { code: "N122", meaning: "An add-on code cannot be billed without its primary procedure." },
  { code: "N130", meaning: "Check the plan's benefit documents or medical policy for the rules that applied." },
  { code: "N290", meaning: "The rendering provider's NPI is missing or not valid." },
  { code: "N362", meaning: "The units billed are more than the payer accepts for this service." },
  { code: "N382", meaning: "The patient's member identifier is missing, incomplete or not valid." },
  { code: "N386", meaning: "The decision follows a national coverage determination (NCD); read it for what is covered." },
  { code: "N425", meaning: "The law excludes this service from coverage." },
  { code: "N479", meaning: "The other payer's explanation of benefits is missing." },
];

export const CARCS: ReadonlyMap<string, ReasonCode> = new Map(CARC_LIST.map((carc) => [carc.code, carc]));
export const RARCS: ReadonlyMap<string, { code: string; meaning: string }> = new Map(RARC_LIST.map((rarc) => [rarc.code, rarc]));

export const isKnownCarc = (code: string): boolean => CARCS.has(code);
export const isKnownRarc = (code: string): boolean => RARCS.has(code);

export function carc(code: string): ReasonCode {
  const found = CARCS.get(code);
  if (!found) throw new Error(`CARC ${code} is not in the Chartwise reference list (lib/claims/adjustment-codes.ts)`);
  return found;
}

export function rarcMeaning(code: string): string {
  const found = RARCS.get(code);
  if (!found) throw new Error(`RARC ${code} is not in the Chartwise reference list (lib/claims/adjustment-codes.ts)`);
  return found.meaning;
}

/** "CO-97": the group and the reason, as billers say it. */
export const adjustmentLabel = (group: GroupCode, reason: string): string => `${group}-${reason}`;
