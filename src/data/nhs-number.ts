/** NHS numbers: ten digits whose last is the modulus-11 check digit of the first nine. */

/** Strips the spaces a person may type; returns undefined for anything else that isn't ten digits. */
export function normaliseNhsNumber(input: string | null | undefined): string | undefined {
  if (input == null) return undefined;
  const digits = input.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** `9434765919` → `943 476 5919`, the CUI's three groups. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
