/**
 * SCR permission-to-view labels (`SCR-ACSPermission`) on a DocumentReference's
 * `securityLabel` or any resource's `meta.security`. `No` means the patient has opted out;
 * the legacy `Yes` is read as `Ask`, since asking is what the national rules now require.
 */
import { codeWord } from './codes.js';
import { asArray, isObject, type FhirResource } from './fhir.js';

export const ACS_PERMISSION_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission';

export type Permission = 'no' | 'ask';

/** The permission codes a resource states (lower case, `''` for a coding with no code). */
export function permissionCodes(resource: FhirResource): string[] {
  const codings = [
    ...asArray<unknown>(resource.meta?.security),
    ...asArray<unknown>(resource.securityLabel).flatMap((label) => (isObject(label) ? asArray<unknown>(label.coding) : [])),
  ];
  return codings
    .filter((c): c is Record<string, unknown> => isObject(c) && c.system === ACS_PERMISSION_SYSTEM)
    .map((c) => codeWord(c.code) ?? '');
}

/** The pointer's permission-to-view label: `yes` is legacy and is asked about like `ask`; `none` when it states none. */
export type PointerLabel = 'no' | 'ask' | 'yes' | 'none';

/** The strictest label stated on any of the resources: one `No` outweighs everything. */
export function labelOf(resources: FhirResource[]): PointerLabel {
  const codes = resources.flatMap(permissionCodes);
  if (codes.includes('no')) return 'no';
  if (codes.includes('ask')) return 'ask';
  if (codes.includes('yes')) return 'yes';
  return 'none';
}

/** The strictest permission any resource states: one `No` outweighs every `Ask` (and the legacy `Yes`, read as `Ask`). */
export function permissionOf(resources: FhirResource[]): Permission | undefined {
  const label = labelOf(resources);
  return label === 'none' ? undefined : label === 'no' ? 'no' : 'ask';
}

export const OPTED_OUT_MESSAGE =
  'The patient has chosen not to share their Summary Care Record (permission to view: No). It cannot be shown.';
export const ASK_WARNING =
  'Permission to view is “Ask”: the patient’s permission must be sought before this record is viewed, unless emergency access applies.';
export const POINTER_MESSAGE =
  'The endpoint returned a pointer to the Summary Care Record (a DocumentReference), not the record itself. The widget’s endpoint should return the record (the SCR API’s Bundle), or the widget should read the NHS SCR API itself (source="scr-api").';
