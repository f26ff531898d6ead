/** The package entry for pages: registers `<scr-provider>` and `<scr-summary>`, and re-exports the public API. */
import { defineScrSummary } from './define.js';

export * from './index.js';
export { define, defineScrSummary, VERSION } from './define.js';

if (typeof customElements !== 'undefined') defineScrSummary();
