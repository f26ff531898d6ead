/**
 * Any other coded clinical resource of an SCR document (an Observation, a Procedure) that
 * is not in the document's text: shown by its name, type, status and date, so it is not lost.
 */
import { conceptName, statusCode } from '../codes.js';
import { dateOrVerbatim } from '../dates.js';
import type { FhirResource } from '../fhir.js';
import type { CodedEntry } from '../model.js';
import { choiceDate, provenanceOf } from './common.js';

export const NO_NAME_ENTRY = 'Entry with no name recorded';

export function readCodedEntry(resource: FhirResource, position: number, now: Date): CodedEntry | 'hidden' {
  const status = statusCode(resource.status);
  if (status === 'entered-in-error') return 'hidden';
  const name = conceptName(resource.code);
  const entry: CodedEntry = {
    name: name.text ?? NO_NAME_ENTRY,
    coded: name.text !== undefined && name.coded,
    type: resource.resourceType,
    source: provenanceOf(resource, position),
  };
  if (status) entry.status = status;
  const date =
    choiceDate(resource, 'effective', now) ?? choiceDate(resource, 'performed', now) ?? choiceDate(resource, 'onset', now) ??
    dateOrVerbatim(resource.issued, now) ?? dateOrVerbatim(resource.recordedDate, now) ?? dateOrVerbatim(resource.date, now);
  if (date) entry.date = date;
  return entry;
}
