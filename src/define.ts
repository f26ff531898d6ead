/** Registers `<scr-summary>`, tolerating a tag already defined by another copy of the widget. */
import { ScrSummary } from './element/scr-summary.js';

export const VERSION = '0.1.0';

export function defineScrSummary(tagName = 'scr-summary', ctor: CustomElementConstructor = ScrSummary): void {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== ctor) {
      const other = (existing as { version?: string }).version ?? 'unknown';
      console.warn(`<${tagName}> is already defined (version ${other}); this copy (version ${VERSION}) was not registered.`);
    }
    return;
  }
    // A subclass, so the host can still register ScrSummary itself under a tag of its own.
  customElements.define(tagName, ctor === ScrSummary ? class extends ScrSummary { static version = VERSION; } : ctor);
}
