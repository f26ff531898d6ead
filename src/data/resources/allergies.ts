/**
 * AllergyIntolerance → an allergy, a "no known …" assertion, or nothing (entered in error).
 */
import { codeWord, conceptName, conceptText, findCoding, NO_KNOWN_ALLERGY, readStatus, SNOMED } from '../codes.js';
import { dateOrVerbatim } from '../dates.js';
import { asArray, asString, isObject, type FhirResource } from '../fhir.js';
import type { Allergy, AllergyNegation, Reaction } from '../model.js';
import { parseXhtml, textOf } from '../narrative.js';
import type { Resolver } from '../references.js';
import { choiceDate, nameOfReference, notesOf, provenanceOf, textsOf } from './common.js';

const VERIFICATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
const CLINICAL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';

const VERIFICATIONS = ['unconfirmed', 'confirmed', 'refuted', 'presumed', 'entered-in-error'] as const;
const CLINICALS = ['active', 'inactive', 'resolved'] as const;
const CRITICALITIES = ['low', 'high', 'unable-to-assess'] as const;
const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

export const NO_NAME_ALLERGY = 'Allergy with no name recorded';

/** A criticality or severity code, compared as a `codeWord` (`"HIGH"`, `" Severe "`). */
function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  const word = codeWord(value);
  return word !== undefined && (allowed as readonly string[]).includes(word) ? (word as T) : undefined;
}

export type AllergyOutcome =
  | { bucket: 'hidden' }
  | { bucket: 'negations'; item: AllergyNegation }
  | { bucket: 'active' | 'ended' | 'refuted'; item: Allergy };

function readReaction(reaction: Record<string, unknown>, now: Date): Reaction {
  const out: Reaction = {
    manifestations: asArray<unknown>(reaction.manifestation)
      .map((m) => conceptText(m))
      .filter((t): t is string => t !== undefined),
  };
  const severity = oneOf(SEVERITIES, reaction.severity);
  if (severity) out.severity = severity;
  const description = asString(reaction.description);
  if (description) out.description = description;
  const onset = dateOrVerbatim(reaction.onset, now);
  if (onset) out.onset = onset;
  return out;
}

interface SubstanceName {
  text: string | undefined;
  coded: boolean;
  from?: Allergy['substanceFrom'];
}

/**
 * What the allergy is to: its `code`, else the substance its reactions name, else the entry's
 * own narrative (`text.div`, its text only). A name from anywhere but `code` is not coded,
 * and the model says where it came from, so a reader knows it is the record's words.
 */
function substanceOf(resource: FhirResource, reactions: Record<string, unknown>[]): SubstanceName {
  const fromCode = conceptName(resource.code);
  if (fromCode.text) return fromCode;
  const fromReactions = [...new Set(reactions.map((r) => conceptText(r.substance)?.trim()).filter((t): t is string => !!t))];
  if (fromReactions.length) return { text: fromReactions.join('; '), coded: false, from: 'reaction' };
  const div = isObject(resource.text) ? asString(resource.text.div) : undefined;
  const fromNarrative = div ? parseXhtml(div).map(textOf).join(' ').replace(/\s+/g, ' ').trim() : '';
  if (fromNarrative) return { text: fromNarrative, coded: false, from: 'narrative' };
  return { text: undefined, coded: false };
}

export function readAllergy(resource: FhirResource, position: number, resolve: Resolver, now: Date): AllergyOutcome {
  const verificationStatus = readStatus(resource.verificationStatus, VERIFICATIONS, VERIFICATION_SYSTEM);
  const verification = verificationStatus.code;
  if (verification === 'entered-in-error') return { bucket: 'hidden' };
  const clinicalStatus = readStatus(resource.clinicalStatus, CLINICALS, CLINICAL_SYSTEM);
  const clinical = clinicalStatus.code;
  const ended = clinical === 'inactive' || clinical === 'resolved';
  const source = provenanceOf(resource, position);
  const recorded = dateOrVerbatim(resource.recordedDate ?? resource.assertedDate, now);

  // A current "no known …" assertion is a statement about absence, not an allergy. Refuted
  // or ended ones are not current assertions: they fall through and are listed as entries
  // in those groups, so nobody reads them as "no allergies". Only SNOMED CT's codes say it:
  // the same digits in another code system mean whatever that system says, so such an entry
  // is listed as an allergy under its own display.
  const noKnown = findCoding(resource.code, NO_KNOWN_ALLERGY.keys(), SNOMED);
  if (noKnown && verification !== 'refuted' && !ended) {
    const known = NO_KNOWN_ALLERGY.get(noKnown.code as string)!;
    const cc = isObject(resource.code) ? resource.code : {};
    const negation: AllergyNegation = {
      text: asString(cc.text) ?? asString(noKnown.display) ?? known.text,
      code: noKnown.code as string,
      scope: known.scope,
      source,
    };
    if (recorded) negation.recorded = recorded;
    if (verification) negation.verification = verification;
    return { bucket: 'negations', item: negation };
  }

  const reactions = asArray<unknown>(resource.reaction).filter(isObject);
  const name = substanceOf(resource, reactions);
  const allergy: Allergy = {
    substance: name.text ?? NO_NAME_ALLERGY,
    coded: name.text !== undefined && name.coded,
    category: textsOf(resource.category),
    reactions: reactions.map((r) => readReaction(r, now)),
    // Reaction notes belong to the allergy's record too; the model keeps one list of notes.
    notes: [...notesOf(resource.note), ...reactions.flatMap((r) => notesOf(r.note))],
    source,
  };
  const criticality = oneOf(CRITICALITIES, resource.criticality);
  if (criticality) allergy.criticality = criticality;
  if (name.from) allergy.substanceFrom = name.from;
  if (verification) allergy.verification = verification;
  if (clinical) allergy.clinical = clinical;
  // A status in words this widget does not know is shown as sent; the entry stays where an
  // entry with no such status would be, rather than in a group guessed from the words.
  const unrecognised = [clinicalStatus.asSent, verificationStatus.asSent].filter((w): w is string => w !== undefined);
  if (unrecognised.length) allergy.unrecognisedStatus = unrecognised;
  const onset = choiceDate(resource, 'onset', now);
  if (onset) allergy.onset = onset;
  if (recorded) allergy.recorded = recorded;
  const lastOccurrence = dateOrVerbatim(resource.lastOccurrence, now);
  if (lastOccurrence) allergy.lastOccurrence = lastOccurrence;
  const recorder = nameOfReference(resource.recorder, resource, resolve) ?? nameOfReference(resource.asserter, resource, resolve);
  if (recorder) allergy.recorder = recorder;

  const bucket = verification === 'refuted' ? 'refuted' : ended ? 'ended' : 'active';
  return { bucket, item: allergy };
}
