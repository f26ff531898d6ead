/** Classes 4 and 5: a section is placed by its code, else its title, else its parent. */
import { expect } from '@open-wc/testing';
import { sectionKindOf } from '../../../src/data/section-kinds.js';
import type { SectionKind } from '../../../src/data/model.js';

const rows: [string | undefined, string | undefined, SectionKind | undefined, ReturnType<typeof sectionKindOf>][] = [
  ['AllergiesHeader', 'Anything', undefined, 'allergies'],
  ['AcuteMedsHeader', 'Acute', undefined, 'acute-medications'],
  ['RepeatMedsHeader', undefined, undefined, 'repeat-medications'],
  ['DiscRepeatMedsHeader', 'x', undefined, 'discontinued-medications'],
  ['Title', 'General Practice Summary', undefined, 'title'],
  ['48765-2', 'Allergies and Intolerances', undefined, 'allergies'],
  ['10160-0', 'Medication Summary', undefined, 'medications'],
  ['RisksToPatientHeader', 'Risks to Patient', undefined, 'additional'],
  // Class 5: initial uploads carry no section codes; the SCR's own titles place them.
  [undefined, 'General Practice Summary', undefined, 'title'],
  [undefined, 'Allergies and Adverse Reactions', undefined, 'allergies'],
  [undefined, 'Acute Medications (For the 12 month period 14-Nov-05 to 14-Nov-06)', undefined, 'acute-medications'],
  [undefined, 'CURRENT REPEAT MEDICATIONS', undefined, 'repeat-medications'],
  [undefined, '  discontinued   repeat medications (for the 6 month period …)', undefined, 'discontinued-medications'],
  [undefined, 'Risks to Patient', undefined, 'additional'],
  [undefined, 'Drug allergies', undefined, 'allergies'],
  // Class 4: a subsection belongs to its parent's group unless its own code is one the widget knows.
  [undefined, 'Drug allergies', 'allergies', 'allergies'],
  [undefined, 'Reactions to vaccines', 'allergies', 'allergies'],
  ['416098002', 'Drug allergy', 'allergies', 'allergies'],
  [undefined, 'Untitled', 'repeat-medications', 'repeat-medications'],
  ['RepeatMedsHeader', 'Repeat', 'allergies', 'repeat-medications'],
  [undefined, 'General Practice Summary', 'additional', 'additional'],
  ['SomeFutureHeader', 'End of Life Care', undefined, 'additional'],
];

describe('rule: section kinds (classes 4 and 5)', () => {
  for (const [code, title, parent, want] of rows) {
    it(`H4: code ${code ?? '—'}, title "${title ?? '—'}", parent ${parent ?? '—'} → ${want}`, () => {
      expect(sectionKindOf(code, title, parent)).to.equal(want);
    });
  }
});
