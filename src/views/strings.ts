/**
 * Every string the widget itself writes. Clinical text from the record never passes through
 * here. A host overrides any subset through the element's `strings` property (a trust's local
 * terminology, another language); `lang` names the language the table is written in.
 */
import type { FailureTitleKey } from '../data/failure-kinds.js';
import type { AllergyStatusLabel, MedicineGroup, WarningKind } from '../data/model.js';

export const strings = {
  /** The language of this table (BCP 47); set on the card unless the host element has its own `lang`. */
  lang: 'en-GB',
  title: 'Summary Care Record',
  nhsNumber: 'NHS No.',
  name: 'Name',
  birthDate: 'Date of birth',
  practice: 'GP practice',
  created: 'Summary created',
  author: 'Created by',
  retrieved: 'Retrieved at',
  warningPrefix: 'Important',
  /** Each warning's title, by what it is (src/data/warning-order.ts puts the most serious first). */
  warningTitles: {
    identity: 'Identity not confirmed',
    consent: 'Permission to view required',
    contradiction: 'The record contradicts itself',
    incomplete: 'Record may be incomplete',
    highlighted: 'Information from the GP practice',
    'ambiguous-reference': 'Some entries could not be linked',
    'not-in-narrative': 'Entries missing from the summary text',
    document: 'About this document',
    service: 'Note from the record service',
    'list-warning': 'Note on a list',
  } satisfies Record<WarningKind, string>,
  /** After the strip's warning count: the title of the most serious warning. */
  warningsMostSerious: (count: string, title: string) => `${count} – ${title}`,
  warningsHeading: 'Warnings',
  allergiesHeading: 'Allergies and adverse reactions',
  medicinesHeading: 'Medications',
  additionalHeading: 'Additional information',
  /** Item counts after a section heading; `n` counts what the section lists. */
  warningsCount: (n: number) => `(${n})`,
  allergiesCount: (current: number, past: number, unclear = false) =>
    `(${unclear ? `${current ? `${current} current, ` : ''}see below` : past ? `${current} current, ${past} ended or ruled out` : current})`,
  /** The medicines heading's count; `current` is a number, or the record's word for why there is none. */
  medicinesCount: (current: number | 'none' | 'not-recorded' | 'unclear', parts: { acuteIssues: number; prohibited: number; onHold: number; unconfirmed: number; stopped: number; completed: number }) =>
    `(${[
      current === 'not-recorded' ? 'current not recorded' : current === 'unclear' ? 'current: see below' : current === 'none' ? 'none current' : `${current} current`,
      parts.prohibited ? `${parts.prohibited} do not give` : '',
      parts.acuteIssues ? `${parts.acuteIssues} acute ${parts.acuteIssues === 1 ? 'issue' : 'issues'} in the summary period` : '',
      parts.onHold ? `${parts.onHold} on hold` : '',
      parts.unconfirmed ? `${parts.unconfirmed} not confirmed as current` : '',
      parts.stopped ? `${parts.stopped} discontinued or stopped` : '',
    ].filter(Boolean).join(', ')})`,
  additionalCount: (n: number) => `(${n} ${n === 1 ? 'section' : 'sections'})`,
  /** Under a long table while its remaining rows are being added (a moment; printing waits for all). */
  rowsPending: (shown: number, total: number) => `Showing ${shown} of ${total} rows. Adding the rest…`,
  /**
   * A long history shortened to 20 items (src/data/history-limit.ts): what each is called,
   * what is shown (the most recent by date, or the first as listed when not all have a date),
   * the button, and what replaces it.
   */
  historyNames: {
    stopped: 'stopped medicines',
    ended: 'ended allergies',
    conditions: 'inactive or resolved problems',
    'discontinued-medications': 'discontinued repeat medications',
    'acute-medications': 'acute issues',
  } as Record<string, string>,
  historyShown: (kept: number, total: number, what: string, byDate: boolean) =>
    `Showing the ${byDate ? `${kept} most recent` : `first ${kept}`} of ${total} ${what}${byDate ? '' : ', as listed (not all have a date)'}.`,
  historyShowAll: (total: number, what: string) => `Show all ${total} ${what}`,
  historyAllShown: (total: number, what: string) => `Showing all ${total} ${what}.`,
  /** The summary strip at the top of a record. */
  currentMedicines: 'Current medicines',
  /** The strip's current-medicines value when the record does not give a number. */
  currentMedicinesNone: 'None',
  currentMedicinesUnclear: 'See the medications section below',
  /** After the current count in the strip: SCR acute issues are not current medicines, so they are said apart. */
  acuteIssuesNote: (n: number) => `${n} acute ${n === 1 ? 'issue' : 'issues'} in the summary period`,
  /** The strip item naming "do not give" instructions. */
  doNotGive: 'Do not give',
  /** A `no-known` label whose assertion is unconfirmed. */
  unconfirmedLabel: (label: string) => `${label} (unconfirmed)`,
  /** The allergy label when the allergy section's structure could not be read. */
  allergyUnclear: 'Allergies: see the section below',
  /** Under a section whose text is not a table the widget can read. */
  sectionUnclear: 'This section could not be read as a list of entries: read it in full below.',
  /** A coded entry of an SCR that is not in the summary's text. */
  notInNarrative: 'Not in the summary text',
  /** A coded entry that is neither an allergy, a medicine nor a condition. */
  codedEntries: 'Other coded entries',
  entry: 'Entry',
  entryType: 'Type',
  date: 'Date',
  warningsLabel: 'Warnings',
  /** All warnings on the card; those shown inside sections (where the record put them) are said apart. */
  warningsTotal: (total: number, inSections: number) => (inSections ? `${total} (${inSections} within sections)` : String(total)),
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the number to copy it.',
  refresh: 'Refresh',
  refreshHidden: 'the Summary Care Record',
  allergyLabels: {
    known: 'Known allergies',
    'no-known': 'No known allergies',
    'not-recorded': 'Allergies not recorded',
    unavailable: 'Allergies unavailable',
  } satisfies Record<AllergyStatusLabel, string>,
  allergyStatus: 'Allergy status',
  /** After the first allergy names in the strip: a button to the allergies section. */
  allergiesMore: (n: number) => `and ${n} more`,
  /** The strip item naming what a paramedic must see first (src/data/strip-facts.ts). */
  seeFirst: 'See first',
  urgentFacts: {
    'end-of-life': 'End of life care decisions (for example DNACPR) are recorded',
    risks: 'Risks or safeguarding information is recorded',
  } as Record<'end-of-life' | 'risks', string>,
  /** After "Allergies not recorded" or "Allergies unavailable": a caution with what to do. */
  allergyCaution: 'Ask the patient and check other records.',
  /** After a "no known allergies" label: it is the record's assertion, in the record's words where it has them. */
  allergyAssertion: (words: string | undefined) => (words ? `As the record states it: “${words}”` : 'As the record states it'),
  activeAllergies: 'Current allergies and adverse reactions',
  endedAllergies: 'Ended (inactive or resolved)',
  refutedAllergies: 'Refuted: recorded, then ruled out',
  negations: 'Recorded as not known',
  substance: 'Substance',
  reaction: 'Reaction',
  severity: 'Reaction severity',
  criticality: 'Criticality (future risk)',
  certainty: 'Certainty',
  criticalityLabels: { high: 'High', low: 'Low', 'unable-to-assess': 'Unable to assess' } as Record<string, string>,
  severityLabels: { mild: 'Mild', moderate: 'Moderate', severe: 'Severe' } as Record<string, string>,
  verificationLabels: {
    confirmed: 'Confirmed', unconfirmed: 'Unconfirmed', presumed: 'Presumed', refuted: 'Refuted', 'entered-in-error': 'Entered in error',
  } as Record<string, string>,
  dates: 'Dates',
  onset: 'Onset',
  recorded: 'Recorded',
  notRecorded: 'Not recorded',
  notCoded: 'Not coded',
  /** Where an allergy's name came from when the entry's code named nothing. */
  substanceFrom: {
    reaction: 'Name taken from the reaction details',
    narrative: 'Name taken from the entry’s own text',
  } as Record<string, string>,
  /** Before status words the widget does not recognise, shown exactly as the record gives them. */
  statusAsSent: 'Status as recorded',
  unconfirmed: 'Unconfirmed',
  medicineGroups: {
    prohibited: 'Do not give',
    repeat: 'Current repeat medicines',
    acute: 'Acute medicines',
    other: 'Other medicines',
    'on-hold': 'On hold (suspended)',
    unconfirmed: 'Not confirmed as current (draft, intended, proposed, planned, not yet started or status unknown)',
    stopped: 'Discontinued or stopped medicines',
  } satisfies Record<MedicineGroup, string>,
  medicine: 'Medicine',
  dose: 'Dose',
  status: 'Status',
  doseNotRecorded: 'Dose not recorded',
  /** Status codes (FHIR) shown as words; a code not listed here is shown as the record gives it. */
  statusLabels: {
    active: 'Active', completed: 'Completed', stopped: 'Stopped', 'on-hold': 'On hold', cancelled: 'Cancelled',
    intended: 'Intended', 'not-taken': 'Not taken', draft: 'Draft', unknown: 'Unknown', inactive: 'Inactive',
    resolved: 'Resolved', recurrence: 'Recurrence', relapse: 'Relapse', remission: 'Remission',
    confirmed: 'Confirmed', unconfirmed: 'Unconfirmed', provisional: 'Provisional', differential: 'Differential',
    refuted: 'Refuted', 'entered-in-error': 'Entered in error',
  } as Record<string, string>,
  /** Why a medicine with an "active" status is not listed as current (src/data/medicine-currency.ts). */
  whyLabels: {
    ended: 'its period has ended',
    'intent-plan': 'a plan, not an order',
    'intent-proposal': 'a proposal, not an order',
    'not-started': 'not started yet',
    'prohibition-ended': 'the prohibition has ended',
  } as Record<string, string>,
  started: 'Started',
  ended: 'Ended',
  prescribed: 'Prescribed',
  reasonLabel: 'Reason',
  conditions: 'Problems and conditions',
  condition: 'Condition',
  flags: 'Alerts',
  flag: 'Alert',
  asWritten: '(as written in the document)',
  listLabel: 'List',
  listNoteLabel: 'Note',
  listEmpty: { nilknown: 'None known', unavailable: 'Unavailable', other: 'Not recorded' },
  otherLists: 'Other lists',
  sectionNotRecorded: 'Not recorded: no information is available for this category.',
  noMedicines: 'No medicines are listed in this record.',
  implausible: {
    sentinel: 'date may be wrong (1970-01-01 placeholder)',
    future: 'date is in the future: check',
    impossible: 'not a real date or time: shown as sent, check',
  },
  hiddenEnteredInError: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'} entered in error ${n === 1 ? 'is' : 'are'} not shown.`,
  hiddenNotDisplayed: (detail: string) => `Also received, not displayed by this widget: ${detail}.`,
  narrativeCopies: (detail: string) =>
    `The record also carried coded entries (${detail}), each matching an entry of its summary text above; they are not shown twice.`,
  loading: (nhs: string) => `Loading Summary Care Record for NHS No. ${nhs}…`,
  loadingAnnouncement: 'Loading Summary Care Record.',
  loadedAnnouncement: (label: string) => `Summary Care Record loaded. ${label}.`,
  emptyTitle: 'No Summary Care Record information found',
  emptyBody: 'The record service answered, but holds no clinical information for this patient. This does not mean the patient has no allergies or medicines.',
  emptyAnnouncement: 'No Summary Care Record information found for this patient.',
  idle: 'Enter a patient’s NHS number to view their Summary Care Record.',
  idleNoEndpoint: 'No record service is configured for this widget.',
  /** The NHS SCR API (`source="scr-api"`): the permission question, its outcomes, the access alert. */
  permissionQuestion: 'Has the patient given permission to view their Summary Care Record?',
  permissionIntro: {
    ask: 'The patient’s record asks that their permission is sought before it is viewed.',
    yes: 'The patient’s record asks that their permission is sought before it is viewed.',
    none: 'Ask the patient for permission before their Summary Care Record is viewed.',
  } as Record<'ask' | 'yes' | 'none', string>,
  permissionAnswers: {
    given: 'Yes, the patient has given permission',
    declined: 'No, the patient has declined',
    emergency: 'Emergency: the patient cannot be asked (for example, unconscious)',
    'public-interest': 'Legal basis: access in the public interest',
    statute: 'Legal basis: access required by statute',
    'court-order': 'Legal basis: access required by a court order',
  } as Record<'given' | 'declined' | 'emergency' | 'public-interest' | 'statute' | 'court-order', string>,
  permissionReason: 'Reason for viewing without the patient’s permission',
  permissionReasonHint: 'Required. It is recorded with this access and your organisation’s Privacy Officer is alerted.',
  permissionSubmit: 'Continue',
  permissionChoose: 'Choose an answer to continue.',
  permissionReasonMissing: 'Give the reason for viewing without the patient’s permission.',
  permissionAnnouncement: 'Permission to view is needed before the Summary Care Record is shown.',
  permissionDeclined: 'The patient did not give permission to view their Summary Care Record, so the record was not viewed.',
  permissionStopped: 'This system stopped the view before the record was opened, so the record was not viewed.',
  noScrTitle: 'No Summary Care Record exists for this patient',
  noScrBody: 'The Summary Care Record service says no Summary Care Record exists for this patient. This does not mean the patient has no allergies or medicines.',
  noScrAnnouncement: 'No Summary Care Record exists for this patient.',
  accessRefused:
    'The Summary Care Record service says access was refused. This is not necessarily the patient’s choice: access controls or this system’s set-up can also cause it. No record was shown.',
  optedOut: 'The patient has opted out: they have chosen not to share their Summary Care Record (permission to view: No). It cannot be shown.',
  recordChanged: 'The Summary Care Record could not be retrieved: the record changed while it was being read, or could not be found again. Nothing has been shown: try again.',
  pointerUnreadable: 'The record service’s answer to the first step (the pointer to the Summary Care Record) could not be read. No record was shown.',
  badSetting: (setting: string) => `This widget’s “${setting}” setting cannot be used as given, so nothing was requested. Check the widget’s configuration.`,
  alertSettings:
    'This widget is set to send access alerts itself (alerts="post"), but that needs source="scr-api" and a complete alertContext (organisation, user, role and session). Nothing was requested.',
  alertNotSentTitle: 'The access alert was not sent',
  alertNotSent:
    'This record was opened without the patient’s permission, and the alert to your organisation’s Privacy Officer could not be sent. This access must be reported to your Privacy Officer.',
  errorTitle: 'The Summary Care Record could not be shown',
  /** Each failure's own title and what to do: plain words for a clinician (the technical detail is under `technicalDetails`). */
  errorTitles: {
    refused: 'Access refused',
    'opted-out': 'The patient has opted out of sharing their Summary Care Record',
    'permission-declined': 'Permission to view was not given',
    'permission-stopped': 'The record was not opened',
    'patient-mismatch': 'Wrong patient: the record returned is for someone else',
    'invalid-nhs-number': 'Not a valid NHS number',
    unsupported: 'This record is in a format the widget cannot show safely',
    pointer: 'The record service sent a link to the record, not the record',
    'pointer-ask': 'The record service sent a link to the record, not the record',
    'entered-in-error': 'This record was entered in error',
    'record-changed': 'The record changed while it was being read',
    config: 'This widget is not set up correctly',
    network: 'The record service could not be reached',
    timeout: 'The record service took too long to answer',
    server: 'The record service had a problem',
    http: 'The record service could not provide the record',
    parse: 'The record service’s answer could not be read',
    unauthorized: 'Your sign-in was not accepted by the record service',
  } satisfies Record<FailureTitleKey, string>,
  /** Said after the failure's own message where that is already plain (src/data/failure-kinds.ts), else alone. */
  errorAdvice: {
    refused: 'Take allergy and medicine information from the patient and other records.',
    'opted-out': 'Take allergy and medicine information from the patient and other records.',
    'permission-declined': 'Take allergy and medicine information from the patient and other records.',
    'permission-stopped': 'Take allergy and medicine information from the patient and other records.',
    'patient-mismatch': 'Check the patient’s NHS number. If it is right, report this to your IT service desk.',
    'invalid-nhs-number': 'Check the NHS number and enter it again.',
    unsupported: 'It has not been shown, to avoid misreading it. Use another way to view the record, and tell your IT service desk.',
    pointer: 'No record was shown. Use another way to view the record, and tell your IT service desk: this widget is not set up to follow the link.',
    'pointer-ask':
      'Permission to view is “Ask”: the patient’s permission must be sought before the record is viewed, unless emergency access applies. No record was shown: tell your IT service desk this widget is not set up to follow the link.',
    'entered-in-error': 'Take allergy and medicine information from the patient and other records.',
    'record-changed': '',
    config: 'Tell your IT service desk.',
    network: 'Check your connection and try again. If it keeps happening, tell your IT service desk.',
    timeout: 'Try again. If it keeps happening, tell your IT service desk.',
    server: 'Try again in a moment. If it keeps happening, tell your IT service desk.',
    http: 'No record could be shown. If this keeps happening, tell your IT service desk.',
    parse: 'No record was shown. If this keeps happening, tell your IT service desk.',
    unauthorized: 'You may need to log in again. No record was shown.',
  } satisfies Record<FailureTitleKey, string>,
  /** The disclosure holding the failure as the system reported it, for IT staff. */
  technicalDetails: 'Technical details',
  /** The live region: the title, the plain message where there is one, the advice. */
  errorAnnouncement: (title: string, advice: string) => `Error: ${title}. ${advice}`.trim(),
  errorKind: 'Error type',
  errorDetails: 'Details from the record service',
  retry: 'Try again',
  retrying: (attempt: number, of: number) => `The record service did not answer properly. Retrying (attempt ${attempt} of ${of})…`,
  badEndpoint: 'The configured endpoint is not a valid URL.',
  invalidNhsNumber: (input: string) => `“${input}” is not a valid NHS number (it must be 10 digits and pass the check-digit test). No record was requested.`,
  unexpected: 'The record could not be read because of an unexpected problem in this widget.',
};

export type Strings = typeof strings;

/**
 * A partial table: any top-level entry, and any subset of a nested one (`allergyLabels`,
 * `medicineGroups`, …), e.g. `{ allergyLabels: { known: 'Allergies recorded' } }`.
 */
export type StringOverrides = {
  [K in keyof Strings]?: Strings[K] extends (...args: never[]) => unknown ? Strings[K] : Strings[K] extends object ? Partial<Strings[K]> : Strings[K];
};

/** The default table with `overrides` laid over it; entries that are `undefined` keep the default. */
export function mergeStrings(overrides: StringOverrides | undefined | null): Strings {
  if (!overrides) return strings;
  const merged: Record<string, unknown> = { ...strings };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined || !(key in strings)) continue;
    const base = (strings as Record<string, unknown>)[key];
    // A value of the wrong kind (a number for a sentence, a string for a function) keeps the default.
    if (typeof value !== typeof base) continue;
    merged[key] = typeof base === 'object' && base !== null && typeof value === 'object' && value !== null ? { ...base, ...value } : value;
  }
  return merged as Strings;
}
