/**
 * Structured UK Core / R4 resources → the parts of the summary model they feed. Every
 * resource is either shown, counted as hidden (entered in error), counted as not
 * displayed, or a supporting resource read through references (hazard H4).
 */
import { runToEnd, type Steps } from '../steps.js';
import { isResource, type FhirResource } from '../fhir.js';
import type {
  Allergy,
  AllergyNegation,
  CodedEntry,
  ConditionItem,
  FlagItem,
  HiddenCounts,
  ListStatement,
  Medicine,
  MedicineGroup,
  RecordWarning,
} from '../model.js';
import type { Resolver } from '../references.js';
import { readAllergy } from './allergies.js';
import { bump } from './common.js';
import { readCondition, readFlag } from './conditions.js';
import { contradictionWarnings, readList } from './lists.js';
import { readMedicine } from './medicines.js';
import { readCodedEntry } from './entries.js';

export interface ResourceSummary {
  allergies: { active: Allergy[]; ended: Allergy[]; refuted: Allergy[]; negations: AllergyNegation[] };
  medicines: Record<MedicineGroup, Medicine[]>;
  conditions: ConditionItem[];
  flags: FlagItem[];
  /** Other coded entries, read only when asked (an SCR document's resources missing from its text). */
  entries: CodedEntry[];
  lists: ListStatement[];
  warnings: RecordWarning[];
  hidden: HiddenCounts;
}

/**
 * Resources that only give context to others (who, where, which medicine, the document
 * itself). They are read through references or elsewhere, so they are never "not shown".
 */
export const SUPPORTING_TYPES: ReadonlySet<string> = new Set([
  'Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Encounter', 'Device',
  'RelatedPerson', 'Medication', 'Composition', 'Bundle', 'Provenance',
]);

/** The key under which a payload item that is not a resource at all is counted. */
export const NOT_A_RESOURCE = 'Unrecognised item';

export interface SummariseOptions {
  /** Show clinical resources of types without a table of their own as coded entries, instead of counting them as not displayed. */
  otherEntries?: boolean;
}

/** Resources read between two pauses of `summariseSteps` (about 10 ms of reading here). */
const STEP = 500;

export function summariseResources(resources: FhirResource[], resolve: Resolver, now: Date, options: SummariseOptions = {}): ResourceSummary {
  return runToEnd(summariseSteps(resources, resolve, now, options));
}

/** `summariseResources`, pausing every STEP resources (data/steps.ts). */
export function* summariseSteps(resources: FhirResource[], resolve: Resolver, now: Date, options: SummariseOptions = {}): Steps<ResourceSummary> {
  const summary: ResourceSummary = {
    allergies: { active: [], ended: [], refuted: [], negations: [] },
    medicines: { prohibited: [], repeat: [], acute: [], other: [], 'on-hold': [], unconfirmed: [], stopped: [] },
    conditions: [],
    flags: [],
    entries: [],
    lists: [],
    warnings: [],
    hidden: { enteredInError: 0, notDisplayed: {} },
  };
  const listWarnings: RecordWarning[] = [];

  const items: unknown[] = Array.isArray(resources) ? resources : [];
  for (const [position, resource] of items.entries()) {
    if (position > 0 && position % STEP === 0) yield;
    if (!isResource(resource) || resource.resourceType.trim() === '') {
      bump(summary.hidden.notDisplayed, NOT_A_RESOURCE);
      continue;
    }
    try {
      place(resource, position);
    } catch {
      // The readers are written not to throw; this net keeps one unforeseen shape from
      // losing the whole record, and the resource is still counted rather than vanishing.
      bump(summary.hidden.notDisplayed, `${resource.resourceType} (could not be read)`);
    }
  }

  function place(resource: FhirResource, position: number): void {
    switch (resource.resourceType) {
      case 'AllergyIntolerance': {
        const outcome = readAllergy(resource, position, resolve, now);
        if (outcome.bucket === 'hidden') summary.hidden.enteredInError++;
        else if (outcome.bucket === 'negations') summary.allergies.negations.push(outcome.item);
        else summary.allergies[outcome.bucket].push(outcome.item);
        return;
      }
      case 'MedicationStatement':
      case 'MedicationRequest': {
        const outcome = readMedicine(resource, position, resolve, now);
        if (outcome.group === 'hidden') summary.hidden.enteredInError++;
        else summary.medicines[outcome.group].push(outcome.item);
        return;
      }
      case 'Condition': {
        const item = readCondition(resource, position, now);
        if (item === 'hidden') summary.hidden.enteredInError++;
        else summary.conditions.push(item);
        return;
      }
      case 'Flag': {
        const item = readFlag(resource, position, now);
        if (item === 'hidden') summary.hidden.enteredInError++;
        else summary.flags.push(item);
        return;
      }
      case 'List': {
        const outcome = readList(resource, position, resolve);
        if (outcome === 'hidden') summary.hidden.enteredInError++;
        else {
          summary.lists.push(outcome.statement);
          listWarnings.push(...outcome.warnings);
        }
        return;
      }
      default: {
        if (SUPPORTING_TYPES.has(resource.resourceType)) return;
        // An OperationOutcome inside a Bundle is raised as a warning (outcome.ts), never shown as an entry.
        if (!options.otherEntries || resource.resourceType === 'OperationOutcome') {
          bump(summary.hidden.notDisplayed, resource.resourceType);
          return;
        }
        const entry = readCodedEntry(resource, position, now);
        if (entry === 'hidden') summary.hidden.enteredInError++;
        else summary.entries.push(entry);
      }
    }
  }

  const { allergies, medicines } = summary;
  const allergyEntries = allergies.active.length + allergies.ended.length + allergies.refuted.length;
  const medications = Object.values(medicines).reduce((n, group) => n + group.length, 0);
  // A "nil known" list beside a "No known allergy" entry says the same thing twice; only real entries contradict it.
  const contradicting = (list: ListStatement) =>
    list.topic === 'allergies' && list.emptyReason?.code === 'nilknown' ? allergyEntries : allergyEntries + allergies.negations.length;
  summary.warnings.push(
    ...listWarnings,
    ...summary.lists.flatMap((list) =>
      contradictionWarnings([list], { allergies: contradicting(list), medications }),
    ),
  );
  return summary;
}
