/**
 * One demo scenario for each hazard a clinician can see on the card (docs/clinical-safety.md).
 * Kept apart from the general scenarios so each can name the hazards it shows; the mock
 * endpoint answers both lists, and the demo page lists these under their own heading.
 *
 * No DOM, no side effects: safe to import from tests and from the service-worker setup.
 */
import { implausibleDates } from '../records/safety/implausible-dates.js';
import { incompleteBundle } from '../records/safety/incomplete-bundle.js';
import { listContradiction } from '../records/safety/list-contradiction.js';
import { listWarnings } from '../records/safety/list-warnings.js';
import { markupInRecord } from '../records/safety/markup-in-record.js';
import { medicineCurrency } from '../records/safety/medicine-currency.js';
import { scrCodedNotInText } from '../records/safety/scr-coded-not-in-text.js';
import { mixedPatients } from '../records/safety/mixed-patients.js';
import { permissionAsk, permissionOptedOut } from '../records/safety/permission-labels.js';
import { statusMix } from '../records/safety/status-mix.js';
import { transferDegraded } from '../records/safety/transfer-degraded.js';
import type { FhirJson } from '../records/types.js';
import { fhirJson } from './responses.js';
import type { Scenario } from './scenarios.js';

export interface SafetyScenario extends Scenario {
  /** The hazard ids (docs/clinical-safety.md) whose control this scenario shows. */
  hazards: string[];
  /** Words a clinician must read on the card in this scenario (tested). */
  shows: string[];
  /** Words that must not appear (tested). */
  hides?: string[];
}

function loaded(
  id: string,
  nhsNumber: string,
  hazards: string[],
  label: string,
  description: string,
  record: FhirJson,
  shows: string[],
  hides: string[] = [],
): SafetyScenario {
  return { id, nhsNumber, hazards, label, description, group: 'safety', status: 200, record, expected: { state: 'loaded' }, respond: () => fhirJson(record), shows, hides };
}

export const safetyScenarios: readonly SafetyScenario[] = [
  loaded(
    'list-contradiction',
    '9990170010',
    ['H3'],
    'Marcus Bell: the allergy list contradicts the record',
    'The allergies List says "no content recorded", but the same record holds an active, severe sesame allergy. The allergy is shown with a warning that the record disagrees with itself.',
    listContradiction,
    ['Known allergies', 'Sesame seed allergy', 'but 1 allergy entry was found in the same record and is shown'],
    ['Allergies not recorded'],
  ),
  loaded(
    'list-warnings',
    '9990180016',
    ['H6'],
    'Sofia Marin: lists with warning codes',
    'The source flags its own lists as incomplete: confidential items left out, data in transit from a previous practice, data awaiting filing. Each is a warning at the top of the card.',
    listWarnings,
    [
      'Some items in this list have been marked confidential and are not shown.',
      'Some data is in transit from a previous practice and is not yet available.',
      'Some data is awaiting filing by the practice and may be missing.',
    ],
  ),
  loaded(
    'transfer-degraded',
    '9990200017',
    ['H6'],
    'Joan Ashby: codes degraded in transfer',
    'An allergy and a medicine whose codes were degraded when the record moved between practices. Their meaning is only in the text, shown exactly as sent and tagged "Not coded".',
    transferDegraded,
    ['Allergy to trimethoprim (from previous practice record)', 'Co-codamol 30mg/500mg effervescent tablets', 'Not coded'],
  ),
  loaded(
    'status-mix',
    '9990210012',
    ['H5'],
    'Leon Fairbairn: unconfirmed, ended, refuted and erroneous entries',
    'An unconfirmed allergy (labelled), a resolved one and a refuted one (each listed apart), a stopped medicine, and an allergy and a medicine entered in error (hidden and counted).',
    statusMix,
    ['Unconfirmed', 'Ended (inactive or resolved)', 'Refuted: recorded, then ruled out', 'Discontinued or stopped medicines', '2 entries entered in error are not shown.'],
    ['Allergy to morphine', 'Digoxin'],
  ),
  loaded(
    'medicine-currency',
    '9990290008',
    ['H5'],
    'Dora Penhaligon: medicines that are not current',
    'A "do not give" instruction (warfarin) shown first and named in the summary strip, never as a medicine being taken; a planned repeat never ordered, a suspended one, a course whose period ended and a completed one, each listed apart; one current medicine.',
    medicineCurrency,
    ['Do not give', 'Warfarin 1mg tablets', 'On hold (suspended)', 'Not confirmed as current', 'a plan, not an order', 'Discontinued or stopped medicines', 'its period has ended', 'Current medicines 1'],
  ),
  loaded(
    'scr-coded-not-in-text',
    '9990290016',
    ['H3', 'H4'],
    'Ewan Tregarthen: a coded allergy missing from the SCR’s text',
    'The SCR’s allergy table says "No relevant information", but the record also carries a coded, high-criticality penicillin allergy: it is shown, marked "Not in the summary text", and the card warns. A coded medicine that matches a repeat row is counted, not shown twice; a discontinued repeat keeps its reason and discontinuation rows.',
    scrCodedNotInText,
    ['Known allergies', 'Allergy to penicillin', 'Not in the summary text', 'not shown twice', 'Reason for Medication: Osteoarthritis of knee', 'Current medicines 1'],
  ),
  loaded(
    'implausible-dates',
    '9990190011',
    ['H8'],
    'Dennis Hale: implausible and partial dates',
    'A 1970-01-01 onset (a placeholder for a missing date), an onset in 2099, partial dates (2010, Mar-2015) kept partial, and a planned end date that is not flagged.',
    implausibleDates,
    ['01-Jan-1970', 'date may be wrong (1970-01-01 placeholder)', '01-Mar-2099', 'date is in the future: check', 'Mar-2015', '2010'],
  ),
  loaded(
    'incomplete-bundle',
    '9990220018',
    ['H4', 'H6'],
    'Nora Quinn: an incomplete search result',
    'The server reports 6 entries but sends 3, offers a next page the widget does not fetch, notes that items were withheld, and sends an Observation the widget does not display (counted in the footnote, as is the server’s note, whose words are shown as a warning).',
    incompleteBundle,
    ['This record may be incomplete.', 'Some items were withheld from this response by the data controller.', 'Also received, not displayed by this widget: 1 Observation, 1 OperationOutcome.'],
  ),
  loaded(
    'permission-ask',
    '9990230013',
    ['H14'],
    'Ravi Shah: permission to view is "Ask"',
    'The record carries the legacy permission label "Yes", read as "Ask": it is shown under a warning that the patient’s permission must be sought unless emergency access applies.',
    permissionAsk,
    ['Permission to view is “Ask”'],
  ),
  {
    id: 'permission-opted-out',
    nhsNumber: '9990240019',
    hazards: ['H14'],
    label: 'Hannah Doyle: the patient has opted out',
    description: 'The record carries the permission label "No": the patient chose not to share their Summary Care Record. Nothing of it is shown.',
    group: 'safety',
    status: 200,
    record: permissionOptedOut,
    expected: { state: 'error', errorKind: 'refused' },
    respond: () => fhirJson(permissionOptedOut),
    shows: ['The patient has chosen not to share their Summary Care Record'],
    hides: ['DOYLE', 'Penicillin'],
  },
  {
    id: 'mixed-patients',
    nhsNumber: '9990250014',
    hazards: ['H1'],
    label: 'Callum Reid: a record that mixes two patients',
    description: 'One medicine in the record names a different NHS number. The whole record is blocked rather than shown in part.',
    group: 'safety',
    status: 200,
    record: mixedPatients,
    expected: { state: 'error', errorKind: 'patient-mismatch' },
    respond: () => fhirJson(mixedPatients),
    shows: ['different NHS number'],
    hides: ['REID', 'Methotrexate', 'penicillin'],
  },
  loaded(
    'markup-in-record',
    '9990280010',
    ['H9'],
    'Iris Lane: markup in the record',
    'The record’s narrative and fields contain script tags, event handlers and a javascript: link. They are shown as plain words; nothing runs and no link is made.',
    markupInRecord,
    ['Penicillin <b onmouseover="alert(5)">allergy</b>', '<script>alert(6)</script> Reported by daughter', 'Falls risk', 'Carer contact', 'Lives alone'],
  ),
];
