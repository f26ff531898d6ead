/**
 * What the summary strip names beyond counts, decided from the record (issue 14): the
 * current allergies by name, and whether the record holds end-of-life care decisions or
 * risks and safeguarding information a paramedic must see first.
 */
import { entriesOf } from './counts.js';
import type { Allergy, Section, StripFacts, SummaryModel } from './model.js';
import { textOf } from './narrative.js';

/** How many allergy names the strip shows before "and N more". */
export const STRIP_ALLERGY_NAMES = 3;

const CRITICALITY_RANK: Record<string, number> = { high: 0, 'unable-to-assess': 1, low: 2 };

/** Current allergies, high criticality first (the record's order otherwise), then the rows of the allergy sections' text. */
export function stripAllergies(model: Pick<SummaryModel, 'allergies'>, limit = STRIP_ALLERGY_NAMES): { names: string[]; more: number } {
  const rank = (a: Allergy) => CRITICALITY_RANK[a.criticality ?? ''] ?? 3;
  // The sort is stable: equal ranks keep the record's order.
  const coded = [...model.allergies.active].sort((x, y) => rank(x) - rank(y)).map((a) => a.substance);
  const all = [...coded, ...entriesOf(model.allergies.sections, 'allergies').map((e) => e.name)];
  return { names: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

export type UrgentFact = StripFacts['urgent'][number];

/** End-of-life care: a section so titled, or a DNACPR / ReSPECT / resuscitation decision in a section's title or text. */
const END_OF_LIFE_WORDS = /\bend[ -]of[ -]life\b|\bDNA ?CPR\b|\bDNAR\b|\bresuscitation\b/i;
/** ReSPECT only as the form is spelt: "respect" is an ordinary word. */
const RESPECT = /\bReSPECT\b/;
const END_OF_LIFE = { test: (text: string) => END_OF_LIFE_WORDS.test(text) || RESPECT.test(text) };
/** Risks and safeguarding: the SCR's RisksToPatientHeader, a "Risks to Patient" title, or safeguarding named in a title. */
const RISKS = /\brisks? to (the )?patient\b|\bsafeguarding\b/i;

/** The facts of `UrgentFact` the record's sections state, in a fixed order (end of life first). */
export function urgentFacts(sections: readonly Section[]): UrgentFact[] {
  const endOfLife = sections.some((s) => END_OF_LIFE.test(s.title) || s.narrative.some((n) => END_OF_LIFE.test(textOf(n))));
  const risks = sections.some((s) => s.code === 'RisksToPatientHeader' || RISKS.test(s.title));
  return [...(endOfLife ? (['end-of-life'] as const) : []), ...(risks ? (['risks'] as const) : [])];
}
