/**
 * H14: the patient's choice about sharing their Summary Care Record, as the SCR's
 * permission-to-view label (`https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission`) states it on
 * the record. "Ask" (and the legacy "Yes", read as "Ask") shows the record under a warning
 * that permission must be sought; "No" means the patient has opted out: nothing is shown.
 *
 * Fictional patients: Mr Ravi SHAH (Ask), NHS No. 999 023 0013; Ms Hannah DOYLE (No),
 * NHS No. 999 024 0019. The clinical content is the main demo summary's.
 */
import { buildFullScr } from '../full-scr.js';
import type { FhirJson } from '../types.js';

const label = (code: 'Ask' | 'Yes' | 'No') => ({ security: [{ system: 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission', code }] });

export const permissionAsk: FhirJson = {
  ...buildFullScr({
    nhsNumber: '9990230013',
    family: 'SHAH',
    given: ['Ravi'],
    prefix: 'Mr',
    gender: 'male',
    birthDate: '1970-04-04',
    bundleId: '5AFE0022-0000-4000-8000-000000000000',
    compositionId: '5AFE0022-0000-4000-8000-000000000001',
    patientId: '5AFE0022-0000-4000-8000-000000000002',
  }),
  meta: label('Yes'),
};

export const permissionOptedOut: FhirJson = {
  ...buildFullScr({
    nhsNumber: '9990240019',
    family: 'DOYLE',
    given: ['Hannah'],
    prefix: 'Ms',
    gender: 'female',
    birthDate: '1983-10-27',
    bundleId: '5AFE0023-0000-4000-8000-000000000000',
    compositionId: '5AFE0023-0000-4000-8000-000000000001',
    patientId: '5AFE0023-0000-4000-8000-000000000002',
  }),
  meta: label('No'),
};
