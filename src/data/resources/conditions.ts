/**
 * Condition and Flag → additional-information items, or nothing (entered in error).
 */
import { codeWord, conceptName, conceptText, readStatus } from '../codes.js';
import { dateOrVerbatim } from '../dates.js';
import { isObject, type FhirResource } from '../fhir.js';
import type { ConditionItem, FlagItem } from '../model.js';
import { choiceDate, provenanceOf } from './common.js';

export const NO_NAME_CONDITION = 'Condition with no name recorded';
export const NO_TEXT_FLAG = 'Flag with no text recorded';

const CONDITION_CLINICAL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VERIFICATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CONDITION_CLINICALS = ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'] as const;
const CONDITION_VERIFICATIONS = ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'] as const;

export function readCondition(resource: FhirResource, position: number, now: Date): ConditionItem | 'hidden' {
  // Read like an allergy's status (codes.ts readStatus): any case, or in words; unknown words are shown as sent.
  const verificationStatus = readStatus(resource.verificationStatus, CONDITION_VERIFICATIONS, CONDITION_VERIFICATION_SYSTEM);
  const verification = verificationStatus.code ?? verificationStatus.asSent;
  if (verification === 'entered-in-error') return 'hidden';
  const name = conceptName(resource.code);
  const item: ConditionItem = {
    name: name.text ?? NO_NAME_CONDITION,
    coded: name.text !== undefined && name.coded,
    source: provenanceOf(resource, position),
  };
  const clinicalStatus = readStatus(resource.clinicalStatus, CONDITION_CLINICALS, CONDITION_CLINICAL_SYSTEM);
  const clinical = clinicalStatus.code ?? clinicalStatus.asSent;
  if (clinical) item.clinical = clinical;
  if (verification) item.verification = verification;
  const onset = choiceDate(resource, 'onset', now);
  if (onset) item.onset = onset;
  const abatement = choiceDate(resource, 'abatement', now, true);
  if (abatement) item.abatement = abatement;
  // STU3 called it assertedDate.
  const recorded = dateOrVerbatim(resource.recordedDate, now) ?? dateOrVerbatim(resource.assertedDate, now);
  if (recorded) item.recorded = recorded;
  return item;
}

export function readFlag(resource: FhirResource, position: number, now: Date): FlagItem | 'hidden' {
  const status = codeWord(resource.status);
  if (status === 'entered-in-error') return 'hidden';
  const item: FlagItem = {
    text: conceptText(resource.code) ?? NO_TEXT_FLAG,
    source: provenanceOf(resource, position),
  };
  if (status) item.status = status;
  const period = isObject(resource.period) ? dateOrVerbatim(resource.period.start, now) : undefined;
  if (period) item.period = period;
  return item;
}
