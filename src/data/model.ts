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
  /** CUI display text; partial dates stay partial, times are 24-hour. */
  text: string;
  precision: 'year' | 'month' | 'day' | 'time';
  /** Set when the date is a known sentinel (`1970-01-01`) or lies in the future. */
  implausible?: 'sentinel' | 'future';
}

export type AllergyStatusLabel = 'known' | 'no-known' | 'not-recorded' | 'unavailable';

export interface AllergyStatus {
  label: AllergyStatusLabel;
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

export type MedicineGroup = 'repeat' | 'acute' | 'other' | 'stopped';

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
  source: Provenance;
}

export interface FlagItem {
  text: string;
  status?: string;
  period?: DateValue;
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
  narrative: NarrativeNode[];
  /** Rows reading "No relevant information available…": not recorded, not none. */
  notRecorded: boolean;
  emptyReason?: EmptyReason;
  /** Number of narrative table body rows that carry information. */
  rowCount: number;
  /** True when the section's items are also shown as structured entries (IPS): its narrative is then the document's own text of them. */
  structured?: boolean;
  source: Provenance;
}

export type WarningKind =
  | 'highlighted'
  | 'identity'
  | 'incomplete'
  | 'list-warning'
  | 'contradiction'
  | 'consent'
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
  /** "Summary Created" as the source wrote it (narrative) or a formatted date. */
  created?: string;
  author?: string;
  practice?: string;
  disclaimer?: string;
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
  source: Provenance;
}

/** Things received but not shown, so nothing disappears silently (hazard H4). */
export interface HiddenCounts {
  enteredInError: number;
  /** Resource types the widget does not display, with how many of each arrived. */
  notDisplayed: Record<string, number>;
  /**
   * Coded resources that accompany an SCR's narrative and repeat parts of it: counted,
   * not shown twice (the narrative is the record's own display of them).
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
  medicines: {
    repeat: Medicine[];
    acute: Medicine[];
    other: Medicine[];
    stopped: Medicine[];
    sections: Section[];
  };
  additional: {
    conditions: ConditionItem[];
    flags: FlagItem[];
    sections: Section[];
  };
  lists: ListStatement[];
  hidden: HiddenCounts;
  /** True when the payload holds no clinical information at all (e.g. an empty searchset). */
  empty: boolean;
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
}

export type NormaliseResult = { ok: true; model: SummaryModel } | { ok: false; failure: Failure };
