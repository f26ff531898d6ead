/**
 * The summary model: the one typed shape every payload becomes. Views read only this;
 * nothing here refers to FHIR structures, so a view never needs to know which body
 * shape (SCR document, IPS document, structured resources) the data came in.
 */

/** Where an item came from, so a reader (or an auditor) can trace it to the payload. */
export interface Provenance {
  /** `section` for Composition sections, `resource` for coded resources. */
  kind: 'section' | 'resource';
  /** e.g. `Composition section AllergiesHeader` or `AllergyIntolerance/abc`. */
  ref: string;
}

/** A date as recorded, formatted for the NHS CUI (`21-Nov-2026`, `Mar-2015`, `2010`). */
export interface DateValue {
  /** The value exactly as the payload gave it. */
  raw: string;
  /**
   * CUI display text; partial dates stay partial, times are 24-hour. A time sent with a zone
   * is in the reader's local time, followed by what was sent when the offsets differ:
   * `15-Jan-2024 09:30 (sent as 14-Jan-2024 23:30 UTC-10:00)`.
   */
  text: string;
  precision: 'year' | 'month' | 'day' | 'time';
  /**
   * Set when the date is a known sentinel (`1970-01-01`), lies in the future, or is shaped
   * like a FHIR date but names no real day or time (`2023-02-29`, `T25:00`): then `text` is
   * the value exactly as sent.
   */
  implausible?: 'sentinel' | 'future' | 'impossible';
}

export type AllergyStatusLabel = 'known' | 'no-known' | 'not-recorded' | 'unavailable';

export interface AllergyStatus {
  label: AllergyStatusLabel;
  /** The "no known allergies" assertion behind a `no-known` label is itself unconfirmed: say so wherever the label is shown (H3, H5). */
  unconfirmed?: boolean;
  /**
   * The record has allergy information whose structure could not be read with confidence
   * (entries written as paragraphs or lists, a table with no readable rows): the label is
   * then `unavailable` and the card points to the section instead of claiming a status.
   */
  unclear?: boolean;
  /**
   * True when the only assertion is a scoped negation ("No known drug allergy"): the
   * headline is then the source's wording, never the general "No known allergies".
   */
  scoped?: boolean;
  /** The source's own wording behind the label, e.g. "No known drug allergy". */
  detail?: string;
}

export interface Reaction {
  manifestations: string[];
  /** Absent means "not recorded", never "mild". */
  severity?: 'mild' | 'moderate' | 'severe';
  description?: string;
  onset?: DateValue;
}

export interface Allergy {
  substance: string;
  /** False for transfer-degraded or uncoded entries whose meaning is only in text. */
  coded: boolean;
  /** Set when `code` named nothing and the name was taken from a reaction's substance or the entry's own narrative. */
  substanceFrom?: 'reaction' | 'narrative';
  /** Clinical or verification status words the widget does not recognise, exactly as sent: shown, never guessed into a group. */
  unrecognisedStatus?: string[];
  criticality?: 'low' | 'high' | 'unable-to-assess';
  verification?: 'unconfirmed' | 'confirmed' | 'refuted' | 'presumed' | 'entered-in-error';
  clinical?: 'active' | 'inactive' | 'resolved';
  category: string[];
  reactions: Reaction[];
  onset?: DateValue;
  recorded?: DateValue;
  lastOccurrence?: DateValue;
  recorder?: string;
  notes: string[];
  /** A coded entry of an SCR document that matches no row of the document's text: shown, and said to be missing from the text. */
  notInNarrative?: boolean;
  source: Provenance;
}

/** An explicit clinician assertion that no allergy (of a scope) is known. */
export interface AllergyNegation {
  /** The source's exact wording, e.g. "No known drug allergy". */
  text: string;
  code: string;
  scope: 'all' | 'drug' | 'food' | 'environment';
  recorded?: DateValue;
  /** As the source states it; an `unconfirmed` negation must be labelled (hazard H5). */
  verification?: Allergy['verification'];
  source: Provenance;
}

/**
 * Where a coded medicine is listed (src/data/medicine-currency.ts decides, as a table):
 * `repeat`, `acute` and `other` are current medicines by course; `prohibited` is a "do not
 * give" instruction; `on-hold` is suspended; `unconfirmed` is neither confirmed current nor
 * ended (draft, intended, proposed, planned, unknown status, a start still ahead); `stopped`
 * is stopped, cancelled, not taken, completed or past its end date.
 */
export type MedicineGroup = 'prohibited' | 'repeat' | 'acute' | 'other' | 'on-hold' | 'unconfirmed' | 'stopped';

/** The groups whose medicines are current (counted in the strip and the headline). */
export const CURRENT_MEDICINE_GROUPS: readonly MedicineGroup[] = ['repeat', 'acute', 'other'];

export interface Medicine {
  name: string;
  coded: boolean;
  dose?: string;
  /** The source status word (`active`, `completed`, `stopped`, `on-hold`, …). */
  status?: string;
  course?: 'acute' | 'repeat' | 'other';
  group: MedicineGroup;
  start?: DateValue;
  end?: DateValue;
  authored?: DateValue;
  reason?: string;
  notes: string[];
  /** Why the medicine is in its group, in the table's words (`completed`, `ended`, `do-not-perform`, `intent-plan`, …). */
  why?: string;
  /** A "do not give" instruction (`doNotPerform`): never a medicine being taken. */
  prohibition?: boolean;
  notInNarrative?: boolean;
  source: Provenance;
}

export interface ConditionItem {
  name: string;
  coded: boolean;
  clinical?: string;
  verification?: string;
  onset?: DateValue;
  abatement?: DateValue;
  recorded?: DateValue;
  notInNarrative?: boolean;
  source: Provenance;
}

/** A coded entry of an SCR document that is neither an allergy, a medicine nor a condition (an Observation, a Procedure). */
export interface CodedEntry {
  name: string;
  coded: boolean;
  /** The resource type, e.g. `Observation`. */
  type: string;
  status?: string;
  date?: DateValue;
  notInNarrative?: boolean;
  source: Provenance;
}

export interface FlagItem {
  text: string;
  status?: string;
  period?: DateValue;
  notInNarrative?: boolean;
  source: Provenance;
}

/** Attributes kept from narrative XHTML: only layout of table cells, nothing executable. */
export interface NarrativeAttrs {
  colspan?: number;
  rowspan?: number;
  scope?: 'row' | 'col' | 'rowgroup' | 'colgroup';
}

export type NarrativeTag =
  | 'div' | 'p' | 'span' | 'br' | 'hr' | 'b' | 'strong' | 'i' | 'em' | 'u' | 'sub' | 'sup'
  | 'small' | 'pre' | 'code' | 'blockquote' | 'ul' | 'ol' | 'li' | 'dl' | 'dt' | 'dd'
  | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  | 'table' | 'caption' | 'thead' | 'tbody' | 'tfoot' | 'tr' | 'th' | 'td' | 'colgroup' | 'col';

export interface NarrativeElement {
  tag: NarrativeTag;
  attrs: NarrativeAttrs;
  children: NarrativeNode[];
  /** An SCR `HighlightedStatement`: shown as a warning where it stands. */
  highlighted?: boolean;
}

/** A narrative is a tree of allow-listed elements and plain text: never an HTML string. */
export type NarrativeNode = NarrativeElement | string;

export type SectionGroup = 'allergies' | 'medications' | 'additional';

/**
 * What a section holds, decided from its code, else its title, else its parent section
 * (src/data/section-kinds.ts). SCR medicines come in three tables that mean different
 * things: acute issues in the period the summary covers, current repeats, and discontinued
 * repeats; `medications` is a medicines section that says neither (IPS, unknown titles).
 */
export type SectionKind =
  | 'allergies'
  | 'acute-medications'
  | 'repeat-medications'
  | 'discontinued-medications'
  | 'medications'
  | 'additional';

/** One entry of a section's text: a data row of its table, with the continuation rows that belong to it. */
export interface NarrativeEntry {
  /** The item as written: the name column's text, or the row's text when no column names it. */
  name: string;
  /** The date column's text as written. */
  date?: string;
  /** Continuation rows of this entry ("Reason for Medication: …", "***Date Discontinued: …***"). */
  notes: string[];
}

/**
 * What a section's text says as a whole (src/data/narrative-reading.ts):
 * `entries` (data rows of its tables), `not-recorded` (only a "No relevant information"
 * statement), `no-known` (only a "no known allergies" statement), `empty` (nothing that
 * says anything), `unclear` (content whose structure could not be read with confidence:
 * paragraphs, lists; the card then points to the section instead of stating a count).
 */
export interface SectionReading {
  state: 'entries' | 'not-recorded' | 'no-known' | 'empty' | 'unclear';
  entries: NarrativeEntry[];
  /** Whole rows or paragraphs that assert no known allergy, as written. */
  negations: string[];
}

export interface EmptyReason {
  code: string;
  text: string;
}

export interface Section {
  /** Unique within the model; stable for keyed rendering. */
  key: string;
  title: string;
  code?: string;
  group: SectionGroup;
  kind: SectionKind;
  /** The title of the document the section belongs to, when the response held more than one Composition and this is not the first. */
  documentTitle?: string;
  narrative: NarrativeNode[];
  /** The section says only "No relevant information available…": not recorded, not none. */
  notRecorded: boolean;
  emptyReason?: EmptyReason;
  reading: SectionReading;
  /** True when the section's items are also shown as structured entries (IPS): its narrative is then the document's own text of them. */
  structured?: boolean;
  /** A long history table (discontinued repeats, acute issues), shortened until the reader asks for all: its text without the rows not shown. */
  history?: HistoryLimit & { narrative: NarrativeNode[] };
  source: Provenance;
}

/**
 * A group of more than 20 stopped, ended or past items, shortened until the reader asks for
 * every one (src/data/history-limit.ts). Current items are never left out.
 */
export interface HistoryLimit {
  /** The items shown while shortened, by their place in record order (current ones and the history kept). */
  shown: number[];
  /** How many history items the group holds, and how many of them are shown while shortened. */
  total: number;
  kept: number;
  /** `date`: the most recent by the dates the record states; `record`: the first in record order, since not every item states a date. */
  by: 'date' | 'record';
  /** The first item (for a section's text, the first table row) not shown while shortened: where the reader goes on "Show all". */
  firstHidden: number;
}

/** The shortened groups of coded items (a section's own is on the section). */
export interface HistoryLimits {
  stopped?: HistoryLimit;
  ended?: HistoryLimit;
  conditions?: HistoryLimit;
}

export type WarningKind =
  | 'highlighted'
  | 'identity'
  | 'incomplete'
  | 'list-warning'
  | 'contradiction'
  | 'consent'
  /** Coded entries of an SCR document that are not in its text. */
  | 'not-in-narrative'
  /** The document's own status (preliminary) or the response holding more than one document. */
  | 'document'
  /** Different resources under one id or fullUrl: references to it were not resolved (issue 11). */
  | 'ambiguous-reference'
  /** A note the record service attached to the response (an OperationOutcome inside the Bundle). */
  | 'service';

export interface RecordWarning {
  kind: WarningKind;
  text: string;
  source?: Provenance;
}

export interface PatientIdentity {
  /** Ten digits, as stated by the record (absent when the record states none). */
  nhsNumber?: string;
  name?: string;
  birthDate?: DateValue;
}

export interface RecordHeader {
  title?: string;
  /** When the summary was created: CUI text (dates.ts `createdText`, `parseFhirDate`), or as the source wrote it when it cannot be read one way only. */
  created?: string;
  author?: string;
  practice?: string;
  disclaimer?: string;
  /** Text of the SCR Title section beyond the known fields, kept as written. */
  notes?: NarrativeNode[];
}

/** A list (UK Core / R4 `List`) that says something about absence or completeness. */
export interface ListStatement {
  title: string;
  topic: 'allergies' | 'medications' | 'other';
  emptyReason?: EmptyReason;
  /** How many entries the list names, and how many of those were not in the payload (H4). */
  entries: number;
  missingEntries: number;
  notes: string[];
  /** `current` unless the List says otherwise; a `retired` list sets no label. */
  status?: string;
  source: Provenance;
}

/** Things received but not shown, so nothing disappears silently (hazard H4). */
export interface HiddenCounts {
  enteredInError: number;
  /** Resource types the widget does not display, with how many of each arrived. */
  notDisplayed: Record<string, number>;
  /**
   * Coded resources of an SCR document each matched to a row of its text (same item by
   * normalised name, and date where both have one): counted, not shown twice. Unmatched
   * ones are shown (src/data/coded-matching.ts).
   */
  narrativeCopies?: Record<string, number>;
}

export interface SummaryModel {
  shape: 'scr-document' | 'ips-document' | 'document' | 'resources';
  patient: PatientIdentity;
  header: RecordHeader;
  warnings: RecordWarning[];
  allergyStatus: AllergyStatus;
  allergies: {
    active: Allergy[];
    ended: Allergy[];
    refuted: Allergy[];
    negations: AllergyNegation[];
    sections: Section[];
  };
  medicines: Record<MedicineGroup, Medicine[]> & { sections: Section[] };
  additional: {
    conditions: ConditionItem[];
    flags: FlagItem[];
    /** Coded Observations, Procedures and the like of an SCR document that are not in its text. */
    entries: CodedEntry[];
    sections: Section[];
  };
  lists: ListStatement[];
  hidden: HiddenCounts;
  /** Long histories shortened until the reader asks for all (src/data/history-limit.ts). */
  history: HistoryLimits;
  /** The numbers the card states (src/data/counts.ts). */
  counts: SummaryCounts;
  /** What the summary strip says, as data (src/data/headline.ts). */
  headline: ScrHeadline;
  /** What the strip names beyond counts: current allergies by name, what to see first (src/data/strip-facts.ts). */
  strip: StripFacts;
  /** True when the payload holds no clinical information at all (e.g. an empty searchset). */
  empty: boolean;
}

/**
 * The current medicines as the record states them: `counted` (a number, from coded current
 * medicines and SCR current repeats), `none` (the record says none), `not-recorded` (the
 * record says nothing about current medicines), `unclear` (medicines are listed in a form
 * that does not say which are current: the card points to the section).
 */
export type CurrentMedicines =
  | { state: 'counted'; count: number }
  | { state: 'none' | 'not-recorded' | 'unclear' };

export interface SummaryCounts {
  /** `current` counts current entries (coded and narrative); `unclear` when a section's structure could not be read. */
  allergies: { current: number; past: number; unclear: boolean };
  medicines: {
    current: CurrentMedicines;
    /** SCR acute issues in the period the summary covers: shown and counted apart, never as current. */
    acuteIssues: number;
    prohibited: number;
    onHold: number;
    unconfirmed: number;
    /** Stopped, ended, cancelled, not taken, and SCR discontinued repeats. */
    stopped: number;
    /** Of `stopped`, courses the record says were completed. */
    completed: number;
  };
  warnings: { record: number; inSections: number };
  /** The parts of the additional information: each section and each table of coded items. */
  additional: number;
}

/** The public headline (`scr-load` detail and the element's `headline`): exactly what the summary strip says. */
export interface ScrHeadline {
  allergyStatus: AllergyStatusLabel;
  /** Every allergy the card presents as current, by its recorded name (coded or narrative rows alike). */
  allergies: string[];
  /** Every medicine the card counts as current, by name. */
  currentMedicines: string[];
  /** The text of every warning the card shows, record and section level, in display order. */
  warnings: string[];
}

export type FailureKind =
  | 'invalid-nhs-number'
  | 'http'
  | 'network'
  | 'timeout'
  | 'parse'
  | 'unsupported'
  | 'refused'
  | 'patient-mismatch'
  | 'unauthorized'
  /** The document says it was entered in error: not a record to act on. */
  | 'entered-in-error'
  /** The clinician (or the host, cancelling `scr-permission`) did not give permission to view: nothing was fetched. */
  | 'permission-declined'
  /** The SCR API's record changed between its two steps and could not be retrieved: never "no record". */
  | 'record-changed'
  /** The widget's settings cannot be used as given (e.g. `alerts="post"` without a complete `alertContext`): nothing was requested. */
  | 'config';

export interface Failure {
  kind: FailureKind;
  message: string;
  status?: number;
  /** Diagnostics from an OperationOutcome, shown verbatim. */
  diagnostics?: string;
  /**
   * A finer reason within `kind`, for the card's title: a `refused` whose record says the
   * patient opted out, a `permission-declined` where this system stopped before asking, an
   * `unsupported` answer that was only a pointer to the record (`pointer-ask` when it says permission to view is "Ask").
   */
  cause?: 'opted-out' | 'permission-stopped' | 'pointer' | 'pointer-ask';
}

export type NormaliseResult = { ok: true; model: SummaryModel } | { ok: false; failure: Failure };

/** The strip's names and urgent facts (src/data/strip-facts.ts). */
export interface StripFacts {
  /** Current allergies by name, high criticality first, at most three; `more` counts the rest. */
  allergies: { names: string[]; more: number };
  /** End-of-life care decisions and risks / safeguarding information the record holds, in that order. */
  urgent: Array<'end-of-life' | 'risks'>;
}
