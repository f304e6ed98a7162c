/**
 * An NPI is 10 digits whose last digit is a Luhn check digit computed over "80840" + the first nine digits
 * (CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumeration", check digit annex).
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi.slice(0, 9)}`;
  let total = 0;
  for (let index = 0; index < digits.length; index++) {
    // Double every second digit from the right of the payload (the check digit is not in it).
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    total += digit;
  }
  return (10 - (total % 10)) % 10 === Number(npi[9]);
}

/** A valid NPI from nine digits, for synthetic providers in content and tests. */
export function npiWithCheckDigit(first9: string): string {
  for (let check = 0; check <= 9; check++) if (isValidNpi(`${first9}${check}`)) return `${first9}${check}`;
  throw new Error(`no check digit fits ${first9}`);
}
