/**
 * The numbers the card states, decided from the model's facts (never from how a payload is
 * laid out): a count promises exactly what the reader finds under it.
 */
import type {
  AllergyStatus,
  CurrentMedicines,
  ListStatement,
  Medicine,
  NarrativeNode,
  Section,
  SectionKind,
  SummaryCounts,
  SummaryModel,
} from './model.js';
import { CURRENT_MEDICINE_GROUPS } from './model.js';
import { isCurrentList } from './allergy-status.js';

type Counted = Omit<SummaryModel, 'counts' | 'headline' | 'empty' | 'strip'>;

/** Sections read from their text (not those an IPS shows from coded entries). */
export const textSections = (sections: Section[]) => sections.filter((s) => !s.structured);

export const entriesOf = (sections: Section[], kind?: SectionKind) =>
  textSections(sections).filter((s) => kind === undefined || s.kind === kind).flatMap((s) => s.reading.entries);

export const currentCodedMedicines = (m: Counted['medicines']): Medicine[] => CURRENT_MEDICINE_GROUPS.flatMap((g) => m[g]);

/**
 * Current medicines: coded ones in a current group, and the SCR's current repeats. SCR acute
 * issues are not among them: the record does not say an acute issue is still being taken.
 * A medicines section that does not say which of its items are current (an IPS or untitled
 * medicines section, or text that could not be read) makes the count `unclear`.
 */
function currentMedicines(model: Counted): CurrentMedicines {
  const { sections } = model.medicines;
  const count = currentCodedMedicines(model.medicines).length + entriesOf(sections, 'repeat-medications').length;
  const unclear = textSections(sections).some((s) => s.reading.state === 'unclear' || (s.kind === 'medications' && s.reading.entries.length > 0));
  if (unclear) return { state: 'unclear' };
  if (count > 0) return { state: 'counted', count };
  const nilKnown =
    sections.some((s) => s.emptyReason?.code === 'nilknown') ||
    model.lists.some((l: ListStatement) => l.topic === 'medications' && isCurrentList(l) && l.emptyReason?.code === 'nilknown');
  return { state: nilKnown ? 'none' : 'not-recorded' };
}

/** Highlighted statements in a narrative (iterative: a hostile record may nest thousands deep). */
export function highlightedTexts(nodes: NarrativeNode[]): NarrativeNode[] {
  const found: NarrativeNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.highlighted) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

export const allSections = (model: Counted) => [...model.allergies.sections, ...model.medicines.sections, ...model.additional.sections];

export function countsOf(model: Counted, allergyStatus: AllergyStatus): SummaryCounts {
  const { allergies, medicines, additional } = model;
  const stopped = medicines.stopped;
  const otherLists = model.lists.some((l) => l.topic === 'other') ? 1 : 0;
  return {
    allergies: {
      current: allergies.active.length + entriesOf(allergies.sections, 'allergies').length,
      past: allergies.ended.length + allergies.refuted.length,
      unclear: !!allergyStatus.unclear || textSections(allergies.sections).some((s) => s.reading.state === 'unclear'),
    },
    medicines: {
      current: currentMedicines(model),
      acuteIssues: entriesOf(medicines.sections, 'acute-medications').length,
      prohibited: medicines.prohibited.length,
      onHold: medicines['on-hold'].length,
      unconfirmed: medicines.unconfirmed.length,
      stopped: stopped.length + entriesOf(medicines.sections, 'discontinued-medications').length,
      completed: stopped.filter((m) => m.why === 'completed').length,
    },
    warnings: {
      record: model.warnings.length,
      inSections: allSections(model).reduce((n, s) => n + highlightedTexts(s.narrative).length, 0),
    },
    additional:
      additional.sections.length + [additional.conditions, additional.flags, additional.entries].filter((l) => l.length > 0).length + otherLists,
  };
}
