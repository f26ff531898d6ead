/** All of the demo's own sample records (fictional patients), for the mock endpoint and tests. */
export { buildFullScr, fullScr, fullScrSlowPatient, type ScrPatientDetails } from './full-scr.js';
export { scrAdditionalInfo } from './scr-additional-info.js';
export { structuredUkCore } from './structured-uk-core.js';
export { ipsDocument } from './ips-document.js';
export { longHistory } from './long-history.js';
export { noKnownAllergies } from './no-known-allergies.js';
export { noAllergyData } from './no-allergy-data.js';
export { emptyResult } from './empty-result.js';
export { identityMismatch, IDENTITY_MISMATCH_RECORD_NHS_NUMBER } from './identity-mismatch.js';
export { noNhsNumber } from './no-nhs-number.js';
export { stu3Payload } from './stu3-payload.js';
export { consentRefused403, consentRefused420, serverError500, notFound404, badRequest400 } from './operation-outcomes.js';
export { truncatedJsonBody, htmlErrorPage } from './broken-bodies.js';
export type { FhirJson } from './types.js';
