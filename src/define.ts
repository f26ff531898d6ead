/** Registers `<scr-provider>` and `<scr-summary>`, tolerating tags already defined by another copy. */
import { ScrProvider } from './element/scr-provider.js';
import { attachContextRoot, ScrSummary } from './element/scr-summary.js';

export const VERSION = '0.1.0';

/**
 * Defines `tagName` with `ctor` unless the tag exists already, in which case it warns,
 * naming both versions, instead of throwing (two bundles carrying the widget on one page).
 * The default classes are registered as subclasses, so a host can still register
 * `ScrSummary` itself under a tag name of its own.
 */
export function define(tagName: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== ctor) {
      const theirs = (existing as { version?: string }).version ?? 'unknown';
      console.warn(`<${tagName}> is already defined (version ${theirs}); this copy (version ${VERSION}) was not registered.`);
    }
    return;
  }
  customElements.define(tagName, ctor);
}

export function defineScrSummary(): void {
  // A consumer that asks before its provider exists is answered once the provider upgrades
  // (each <scr-summary> also attaches the root as it connects, however it was registered).
  attachContextRoot();
  // The provider first: a consumer defined before its provider would otherwise miss the value.
  define('scr-provider', class extends ScrProvider { static version = VERSION; });
  define('scr-summary', class extends ScrSummary { static version = VERSION; });
}
