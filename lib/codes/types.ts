export type CodeSystem = "icd10cm" | "hcpcs" | "cpt";

export type CodeKind = "code" | "modifier";

/** One entry of a code set, as the importers read it from an official file. */
export type CodeRecord = {
  system: CodeSystem;
  /** Upper case, without the dot: "J45909", "S83241A", "A0427"; a HCPCS modifier is its 2 characters: "LT". */
  code: string;
  /** The long (full) description. */
  description: string;
  shortDescription?: string;
  /** ICD-10-CM: valid for HIPAA transactions (flag 1), as opposed to a header. HCPCS: every code, never a modifier. */
  billable: boolean;
  /** HCPCS only; set from the termination date (see parseHcpcs). */
  terminated?: boolean;
  /** ISO yyyy-mm-dd. */
  effectiveDate?: string;
  /** ISO yyyy-mm-dd, the last date of service on which the code may be used. */
  terminationDate?: string;
  /** HCPCS only: a procedure/supply code or a modifier. */
  kind?: CodeKind;
};

export type ParseCodeFileOptions = {
  /** Called every `progressEvery` lines (default 10,000) and once at the end with the number of lines read so far. */
  onProgress?: (linesRead: number) => void;
  progressEvery?: number;
};
