/** List resources: what they say about absence ("None known", "Not recorded"), never silently dropped (H3, H4). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListStatement } from '../data/model.js';
import { tag } from './common.js';
import { strings } from './strings.js';

function emptyTag(code: string): TemplateResult {
  const label = code === 'nilknown' ? strings.listEmpty.nilknown : code === 'unavailable' ? strings.listEmpty.unavailable : strings.listEmpty.other;
  return tag(label);
}

export function renderLists(lists: ListStatement[]): TemplateResult | typeof nothing {
  if (lists.length === 0) return nothing;
  return html`<ul class="lists">
    ${lists.map(
      (l) => html`<li>
        <span class="label">${strings.listLabel}:</span> ${l.title}${
          l.emptyReason ? html` ${emptyTag(l.emptyReason.code)} <span>${l.emptyReason.text}</span>` : nothing
        }${l.notes.length ? html`<span class="note">${strings.listNoteLabel}: ${l.notes.join(' ')}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}
