export type DomainErrorCode = "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

// Next.js can load lib/ more than once in one process (the instrumentation hook and each route bundle have their
// own copies), so `instanceof` checks a process-wide brand rather than one copy's class.
const DOMAIN_ERROR = Symbol.for("chartwise.DomainError");

/** A request that cannot be done, with a message safe to show the user. Anything else thrown is a bug. */
export class DomainError extends Error {
  override name = "DomainError";
  readonly [DOMAIN_ERROR] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && DOMAIN_ERROR in value;
  }

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

export const HTTP_STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};
