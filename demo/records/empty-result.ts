/**
 * (g) An empty search result: no SCR was found (the NHS API answers like this for a stale
 * summary id too). Means "Unavailable", never "no allergies".
 */
import type { FhirJson } from './types.js';

export const emptyResult: FhirJson = { resourceType: 'Bundle', type: 'searchset', total: 0 };
