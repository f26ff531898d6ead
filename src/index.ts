/** Public API without side effects: importing this registers no tags. */
export {
  ScrSummary,
  type ScrState,
  type ScrLoadDetail,
  type ScrErrorDetail,
  type ScrViewDetail,
  type ScrPermissionDetail,
  type ScrAlertDetail,
  type PermitInput,
  type AlertContext,
} from './element/scr-summary.js';
export { ScrProvider } from './element/scr-provider.js';
export { scrConfigContext, type ScrConfig } from './element/config-context.js';
export { define, defineScrSummary, VERSION } from './define.js';
export { normalise, type NormaliseOptions } from './data/normalise.js';
export { buildRequestUrl } from './data/request.js';
export { isValidNhsNumber, formatNhsNumber, normaliseNhsNumber } from './data/nhs-number.js';
export type * from './data/model.js';
