/**
 * List → what it says about absence (emptyReason) and completeness (warning codes), and
 * the warning raised when a List's "nothing here" disagrees with the resources beside it.
 */
import { codeWord, codings, conceptText, emptyReasonOf, hasCode, LOINC, SNOMED } from '../codes.js';
import { asArray, asString, isObject, ownValue, type FhirResource, type Reference } from '../fhir.js';
import type { Resolver } from '../references.js';
import type { ListStatement, RecordWarning } from '../model.js';
import { notesOf, provenanceOf } from './common.js';

const ALLERGY_LIST_SNOMED = ['886921000000105'];
const ALLERGY_LIST_LOINC = ['52472-8', '48765-2'];
const MEDICATION_LIST_SNOMED = ['933361000000108'];
const MEDICATION_LIST_LOINC = ['10160-0', '29549-3', '10183-2'];

/** Clinician-facing wording for the UK Core / GP Connect List warning codes (hazard H6). */
const LIST_WARNINGS: Record<string, string> = {
  'confidential-items': 'Some items in this list have been marked confidential and are not shown.',
  'data-in-transit': 'Some data is in transit from a previous practice and is not yet available.',
  'data-awaiting-filing': 'Some data is awaiting filing by the practice and may be missing.',
};

function topicOf(list: FhirResource, title: string): ListStatement['topic'] {
  const code = list.code;
  if (hasCode(code, SNOMED, ALLERGY_LIST_SNOMED) || hasCode(code, LOINC, ALLERGY_LIST_LOINC)) return 'allergies';
  if (hasCode(code, SNOMED, MEDICATION_LIST_SNOMED) || hasCode(code, LOINC, MEDICATION_LIST_LOINC)) return 'medications';
  const words = `${title} ${conceptText(code) ?? ''}`;
  if (/allerg/i.test(words)) return 'allergies';
  if (/medic/i.test(words)) return 'medications';
  return 'other';
}

/** Codes from ListWarningCode extensions, whichever value[x] the sender used. */
function warningCodesOf(list: FhirResource): string[] {
  const found: string[] = [];
  for (const ext of asArray<unknown>(list.extension)) {
    if (!isObject(ext) || typeof ext.url !== 'string' || !ext.url.includes('ListWarningCode')) continue;
    const codes = [
      asString(ext.valueCode),
      isObject(ext.valueCoding) ? asString(ext.valueCoding.code) : undefined,
      ...codings(ext.valueCodeableConcept).map((c) => asString(c.code)),
      asString(ext.valueString),
    ];
    for (const code of codes) if (code && !found.includes(code.trim())) found.push(code.trim());
  }
  return found;
}

export interface ListOutcome {
  statement: ListStatement;
  warnings: RecordWarning[];
}

export function readList(resource: FhirResource, position: number, resolve: Resolver): ListOutcome | 'hidden' {
  if (codeWord(resource.status) === 'entered-in-error') return 'hidden';
  const title = asString(resource.title) ?? conceptText(resource.code) ?? 'Untitled list';
  const source = provenanceOf(resource, position);
  const items = asArray<unknown>(resource.entry).filter(isObject);
  const missingEntries = items.filter((e) => !isObject(e.item) || !resolve(e.item as Reference, resource)).length;
  const statement: ListStatement = {
    title,
    topic: topicOf(resource, title),
    entries: items.length,
    missingEntries,
    notes: notesOf(resource.note),
    source,
  };
  const emptyReason = emptyReasonOf(resource.emptyReason);
  if (emptyReason) statement.emptyReason = emptyReason;
  const status = codeWord(resource.status);
  if (status) statement.status = status;
  const warnings: RecordWarning[] = [];
  if (missingEntries > 0) {
    warnings.push({
      kind: 'incomplete',
      text: `${title}: this list names ${missingEntries} ${missingEntries === 1 ? 'entry that was' : 'entries that were'} not included in the response. The record may be incomplete.`,
      source,
    });
  }
  warnings.push(...warningCodesOf(resource).map((code) => ({
    kind: 'list-warning',
    text:
      `${title}: ` +
      (ownValue(LIST_WARNINGS, code) ??
        `this list carries the warning code "${code}", which this viewer does not recognise. The list may be incomplete.`),
    source,
  } as RecordWarning)));
  return { statement, warnings };
}

const NOUNS: Record<'allergies' | 'medications', [string, string]> = {
  allergies: ['allergy entry', 'allergy entries'],
  medications: ['medication entry', 'medication entries'],
};

/**
 * A List that says "nothing here" while the same payload holds entries of its topic: a
 * real GP Connect record had an empty allergies List beside an active severe allergy.
 * The entries are shown; the reader is told the record disagrees with itself (hazard H3).
 */
export function contradictionWarnings(lists: ListStatement[], shown: { allergies: number; medications: number }): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  for (const list of lists) {
    if (!list.emptyReason || list.topic === 'other') continue;
    const count = shown[list.topic];
    if (count === 0) continue;
    const [one, many] = NOUNS[list.topic];
    const found = count === 1 ? `1 ${one} was found in the same record and is shown` : `${count} ${many} were found in the same record and are shown`;
    warnings.push({
      kind: 'contradiction',
      text: `The list "${list.title}" says "${list.emptyReason.text}", but ${found}.`,
      source: list.source,
    });
  }
  return warnings;
}
