/**
 * The public headline (`scr-load`'s `detail.headline`, the element's `headline`): exactly
 * what the summary strip says, as data, for a host's own patient banner.
 */
import { textOf } from './narrative.js';
import type { ScrHeadline, SummaryModel } from './model.js';
import { allSections, currentCodedMedicines, entriesOf, highlightedTexts } from './counts.js';

type Headed = Omit<SummaryModel, 'headline' | 'empty' | 'strip'>;

export function headlineOf(model: Headed): ScrHeadline {
  return {
    allergyStatus: model.allergyStatus.label,
    // In the card's order: coded current allergies, then the rows of the allergy sections' text.
    allergies: [...model.allergies.active.map((a) => a.substance), ...entriesOf(model.allergies.sections, 'allergies').map((e) => e.name)],
    currentMedicines: [
      ...currentCodedMedicines(model.medicines).map((m) => m.name),
      ...entriesOf(model.medicines.sections, 'repeat-medications').map((e) => e.name),
    ],
    warnings: [
      ...model.warnings.map((w) => w.text),
      ...allSections(model).flatMap((s) => highlightedTexts(s.narrative).map((n) => textOf(n))),
    ],
  };
}
