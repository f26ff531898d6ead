/** Public API without side effects: importing this registers no tags. */
export { ScrSummary, type ScrState, type ScrLoadDetail, type ScrErrorDetail } from './element/scr-summary.js';
export { normalise, type NormaliseOptions } from './data/normalise.js';
export { buildRequestUrl } from './data/request.js';
export { isValidNhsNumber, formatNhsNumber, normaliseNhsNumber } from './data/nhs-number.js';
export type * from './data/model.js';
