import { randomInt } from "node:crypto";

// No 0/O, 1/I/L or U: a code read off a projector or typed from a handout survives the usual misreadings.
const ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
export const JOIN_CODE_LENGTH = 20; // 30^20 ≈ 2^98: not guessable, least of all at the rate-limited pace

/** A new join code from a cryptographic random source, stored and compared without dashes. */
export function generateJoinCode(): string {
  let code = "";
  for (let index = 0; index < JOIN_CODE_LENGTH; index++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What the learner typed or pasted (any case, dashes, spaces, or the whole join link) as a stored code. */
export function normaliseJoinCode(input: string): string {
  const fromLink = input.trim().match(/\/join\/([^/?#\s]+)/)?.[1] ?? input;
  return fromLink.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Groups of four for reading aloud and typing: ABCD-EFGH-JKMN-PQRS-TVWX. */
export function formatJoinCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((char) => ALPHABET.includes(char));
}
