/**
 * Hazard H7: truncated clinical text. Long real-world drug names, doses and allergy text, in
 * structured rows and in SCR narrative tables, in a 320 px card: every word is shown, nothing
 * overflows the card, and nothing is clipped or ellipsised.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergy, bundle, medicine, nhsNumber, patientResource, scrDocument, scrSection } from './support/patients.js';

afterEach(() => resetHandlers());

const NHS = nhsNumber(100);

/** dm+d-style names from the long end of the dictionary, and a dose as GP systems write them. */
const LONG_NAMES = [
  'Alginic acid 200mg / Aluminium hydroxide 80mg / Magnesium trisilicate 40mg / Sodium bicarbonate 70mg chewable tablets sugar free',
  'Insulin aspart biphasic 30/70 100units/ml suspension for injection 3ml pre-filled disposable devices',
  'Beclometasone dipropionate 100micrograms/dose / Formoterol 6micrograms/dose inhaler CFC free',
  'Sodium chloride 0.9% and glucose 5% infusion 1litre polyethylene bags',
  'Hydroxocobalamin 1mg/1ml solution for injection ampoules (Mercury Pharmaceuticals Ltd)',
];
const LONG_DOSE =
  'Take ONE tablet THREE times a day with or just after food for 7 days then ONE tablet TWICE a day for 7 days then stop; review at the anticoagulation clinic on return';
/** An unbroken token longer than the card is wide: it must wrap inside the word, not overflow. */
const UNBROKEN = 'Dihydroxyphenylalaninedecarboxylaseinhibitorcombinationpreparationmodifiedrelease';
const LONG_ALLERGY = 'Allergy to angiotensin-converting-enzyme inhibitor: angio-oedema after ramipril 2.5mg and again after perindopril erbumine 4mg';

/** Every part of the card that could hide text: overflow beyond its box, ellipsis, line clamps. */
function clipped(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(node);
    const name = `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`;
    if (style.textOverflow === 'ellipsis') found.push(`${name}: text-overflow ellipsis`);
    if (style.webkitLineClamp && style.webkitLineClamp !== 'none') found.push(`${name}: line clamp`);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    // The visually-hidden pattern (a 1 px clipped box) keeps text for screen readers on purpose,
    // e.g. a table's header row in the narrow layout, where each cell carries its column name.
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue;
    if (hides(style.overflowX) && node.scrollWidth > node.clientWidth + 1) found.push(`${name}: clips ${node.scrollWidth - node.clientWidth}px horizontally`);
    if (hides(style.overflowY) && node.scrollHeight > node.clientHeight + 1) found.push(`${name}: clips ${node.scrollHeight - node.clientHeight}px vertically`);
  }
  return found;
}

async function showAt320(payload: unknown) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(payload)));
  const el = await mount(NHS);
  el.style.width = '320px';
  el.style.display = 'block';
  await settle(el, ['loaded']);
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

function expectWrapped(el: Awaited<ReturnType<typeof showAt320>>, texts: string[]) {
  const visible = visibleText(el);
  for (const t of texts) expect(visible, t).to.contain(t);
  const card = shadow(el).querySelector('[part~="card"]') as HTMLElement;
  expect(card.scrollWidth, 'nothing overflows the card').to.be.at.most(card.clientWidth + 1);
  expect(el.getBoundingClientRect().width).to.be.at.most(321);
  expect(clipped(shadow(el))).to.deep.equal([]);
}

describe('H7: clinical text is wrapped, never truncated', () => {
  it('H7: long drug names, a long dose and an unbroken word wrap in a 320 px card, in full, with no ellipsis or clipping', async () => {
    const meds = [...LONG_NAMES, UNBROKEN].map((name, i) => medicine(`m${i}`, name, { dosage: [{ text: LONG_DOSE }], reasonCode: [{ text: LONG_ALLERGY }] }));
    const el = await showAt320(bundle([patientResource(NHS, 'ASHDOWN'), allergy('a', LONG_ALLERGY, { note: [{ text: LONG_DOSE }] }), ...meds]));
    expectWrapped(el, [...LONG_NAMES, UNBROKEN, LONG_DOSE, LONG_ALLERGY]);
  });

  it('H7: the same text in SCR narrative tables wraps in full in a 320 px card', async () => {
    const row = (name: string) => `<tr><td>14-Nov-2026</td><td>${name}</td><td>${LONG_DOSE}</td><td>56 tablet</td></tr>`;
    const scr = scrDocument(
      [
        scrSection(
          'RepeatMedsHeader',
          'Current Repeat Medications',
          `<table><thead><tr><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead><tbody>${[...LONG_NAMES, UNBROKEN].map(row).join('')}</tbody></table>`,
        ),
        scrSection('AllergiesHeader', 'Allergies and Adverse Reactions', `<table><tbody><tr><td>${LONG_ALLERGY}</td></tr></tbody></table>`),
      ],
      patientResource(NHS, 'ASHDOWN'),
    );
    const el = await showAt320(scr);
    expectWrapped(el, [...LONG_NAMES, UNBROKEN, LONG_DOSE, LONG_ALLERGY]);
  });
});
