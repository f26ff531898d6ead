/**
 * The numbers in the summary strip and the section headings, all read from the model:
 * what each section lists, so a count never promises more or less than the reader finds.
 */
import type { Medicine, NarrativeNode, Section, SummaryModel } from '../data/model.js';

const CURRENT_MED_SECTIONS = new Set(['AcuteMedsHeader', 'RepeatMedsHeader']);
const STOPPED_MED_SECTIONS = new Set(['DiscRepeatMedsHeader']);

const rows = (sections: Section[], codes: Set<string>) =>
  sections.filter((s) => !s.structured && codes.has(s.code ?? '')).reduce((n, s) => n + s.rowCount, 0);

/**
 * Allergy entries listed: current ones (structured active entries and the rows of narrative
 * allergy tables, which list current allergies) and past ones (ended, or refuted: ruled out).
 * "No known …" assertions are not allergies and are not counted.
 */
export function allergyCounts(model: SummaryModel): { current: number; past: number } {
  const { active, ended, refuted, sections } = model.allergies;
  const rows = sections.filter((s) => !s.structured).reduce((n, s) => n + s.rowCount, 0);
  return { current: active.length + rows, past: ended.length + refuted.length };
}

/** A course the record says is over (`completed`): listed in its group, never counted as current (H5). */
const isCompleted = (m: Medicine) => m.status === 'completed';

/**
 * Current medicines: the structured repeat, acute and other groups less completed courses,
 * plus the rows of an SCR's Acute and Repeat narrative tables. `undefined` when the record says nothing about current
 * medicines (no entries, no current-medicines section that was filled in, no "none known"
 * list): then the strip says "Not recorded", never 0.
 */
export function currentMedicineCount(model: SummaryModel): number | undefined {
  const { repeat, acute, other, sections } = model.medicines;
  const n = [...repeat, ...acute, ...other].filter((m) => !isCompleted(m)).length + rows(sections, CURRENT_MED_SECTIONS);
  if (n > 0) return n;
  const answered =
    sections.some((s) => CURRENT_MED_SECTIONS.has(s.code ?? '') && !s.notRecorded) ||
    sections.some((s) => s.emptyReason?.code === 'nilknown') ||
    model.lists.some((l) => l.topic === 'medications' && l.emptyReason?.code === 'nilknown');
  return answered ? 0 : undefined;
}

export function completedMedicineCount(model: SummaryModel): number {
  const { repeat, acute, other } = model.medicines;
  return [...repeat, ...acute, ...other].filter(isCompleted).length;
}

export function stoppedMedicineCount(model: SummaryModel): number {
  return model.medicines.stopped.length + rows(model.medicines.sections, STOPPED_MED_SECTIONS);
}

/** Highlighted statements in a narrative (iterative: a hostile record may nest thousands deep). */
function highlighted(nodes: NarrativeNode[]): number {
  let n = 0;
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.highlighted) n += 1;
    else stack.push(...node.children);
  }
  return n;
}

/** Warnings about the whole record, and the highlighted statements shown where they stand inside sections. */
export function warningCounts(model: SummaryModel): { record: number; inSections: number } {
  const sections = [...model.allergies.sections, ...model.medicines.sections, ...model.additional.sections];
  return { record: model.warnings.length, inSections: sections.reduce((n, s) => n + highlighted(s.narrative), 0) };
}

/** The parts of the additional information: each record section, the conditions table, the alerts table and the other lists. */
export function additionalCount(model: SummaryModel): number {
  const { conditions, flags, sections } = model.additional;
  return sections.length + (conditions.length ? 1 : 0) + (flags.length ? 1 : 0) + (model.lists.some((l) => l.topic === 'other') ? 1 : 0);
}
