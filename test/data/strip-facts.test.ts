import { expect } from '@open-wc/testing';
import type { Allergy, Section, SummaryModel } from '../../src/data/model.js';
import { stripAllergies, urgentFacts } from '../../src/data/strip-facts.js';

const allergy = (substance: string, criticality?: Allergy['criticality']): Allergy =>
  ({ substance, criticality, coded: true, category: [], reactions: [], notes: [], source: { kind: 'resource', ref: `AllergyIntolerance/${substance}` } }) as Allergy;
const model = (active: Allergy[]) => ({ allergies: { active, ended: [], refuted: [], negations: [], sections: [] } }) as unknown as Pick<SummaryModel, 'allergies'>;
const section = (title: string, code?: string, text = ''): Section =>
  ({ key: title, title, code, group: 'additional', kind: 'additional', narrative: text ? [text] : [], notRecorded: false, reading: { kind: 'none' }, source: { kind: 'section', ref: title } }) as unknown as Section;

describe('strip facts: what the strip names beyond counts', () => {
  it('H3: stripAllergies names current allergies, high criticality first, up to three, then how many more', () => {
    const table: [Allergy[], string[], number][] = [
      [[], [], 0],
      [[allergy('Latex', 'low'), allergy('Penicillin', 'high')], ['Penicillin', 'Latex'], 0],
      [[allergy('A'), allergy('B', 'low'), allergy('C', 'high'), allergy('D', 'unable-to-assess'), allergy('E', 'high')], ['C', 'E', 'D'], 2],
    ];
    for (const [active, names, more] of table) expect(stripAllergies(model(active))).to.deep.equal({ names, more });
  });

  it('H6: urgentFacts: end-of-life care (a section so titled, DNACPR, ReSPECT) and risks or safeguarding (RisksToPatientHeader, "Risks to Patient", safeguarding), nothing otherwise', () => {
    const table: [Section[], string[]][] = [
      [[section('End of Life Care')], ['end-of-life']],
      [[section('Procedures', undefined, 'Do not attempt cardiopulmonary resuscitation (DNACPR) decision')], ['end-of-life']],
      [[section('Advance care planning', undefined, 'ReSPECT form completed')], ['end-of-life']],
      [[section('Risks', 'RisksToPatientHeader')], ['risks']],
      [[section('Risks to Patient')], ['risks']],
      [[section('Safeguarding concerns')], ['risks']],
      [[section('Risks to Patient'), section('End of Life Care')], ['end-of-life', 'risks']],
      [[section('Problems'), section('Respect for privacy', undefined, 'respectful')], []],
      [[], []],
    ];
    for (const [sections, facts] of table) expect(urgentFacts(sections), sections.map((s) => s.title).join(', ')).to.deep.equal(facts);
  });
});
