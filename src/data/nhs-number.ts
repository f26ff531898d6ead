/** NHS numbers: ten digits whose last is the modulus-11 check digit of the first nine. */

/** The identifier system of an NHS number in FHIR, and the one this widget sends in a request. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
/** The same number space under its HL7 v3 OID, which some senders still use in FHIR identifiers. */
export const NHS_NUMBER_OID = 'urn:oid:2.16.840.1.113883.2.1.4.1';

/**
 * True for either system an NHS number can arrive under (hazard H1). Both name the same
 * number space, so a number under either is the record's claim about whose record it is.
 * Exact match: system URIs are case-sensitive, and a near-miss is another system.
 */
export function isNhsNumberSystem(system: unknown): boolean {
  return system === NHS_NUMBER_SYSTEM || system === NHS_NUMBER_OID;
}

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
