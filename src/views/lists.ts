/** List resources: what they say about absence ("None known", "Not recorded"), never silently dropped (H3, H4). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListStatement } from '../data/model.js';
import { recordText, tag } from './common.js';
import type { Strings } from './strings.js';

/** The words for an empty reason code: asserted none, unavailable, or not recorded. */
export function emptyLabel(code: string, t: Strings): string {
  return code === 'nilknown' ? t.listEmpty.nilknown : code === 'unavailable' ? t.listEmpty.unavailable : t.listEmpty.other;
}

export function renderLists(lists: ListStatement[], t: Strings): TemplateResult | typeof nothing {
  if (lists.length === 0) return nothing;
  return html`<ul class="lists">
    ${lists.map(
      (l) => html`<li>
        <span class="label">${t.listLabel}:</span> ${recordText(l.title)}${
          l.emptyReason ? html` ${tag(emptyLabel(l.emptyReason.code, t))} <span>${recordText(l.emptyReason.text)}</span>` : nothing
        }${l.notes.length ? html`<span class="note">${t.listNoteLabel}: ${recordText(l.notes.join(' '))}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}
