/**
 * Small builders for test payloads in the real shapes (domain §2): an SCR searchset with a
 * Composition whose sections are narrative tables, and a Bundle of structured resources.
 * Patients are fictional; NHS numbers are from the test range and pass modulus 11.
 */
export const NHS_A = '9434765919';
export const NHS_B = '9990000018';

type Json = Record<string, unknown>;

export function patient(nhsNumber: string | undefined, name = 'PATIENT, Test'): Json {
  const [family, given] = name.split(', ');
  return {
    resourceType: 'Patient',
    id: `p-${nhsNumber ?? 'none'}`,
    identifier: nhsNumber ? [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber }] : [],
    name: [{ use: 'official', family, given: [given] }],
    birthDate: '1961-03-07',
  };
}

const table = (id: string, headers: string[], rows: string[][]) =>
  `<table id="${id}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;


export interface ScrOptions {
  nhsNumber?: string;
  name?: string;
  allergies?: string[][];
  repeats?: string[][];
  extraSections?: Json[];
  titleExtra?: string;
}

export function div(inner: string): string {
  return `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;
}

export function scrBundle(options: ScrOptions = {}): Json {
  const nhsNumber = 'nhsNumber' in options ? options.nhsNumber : NHS_A;
  const allergyRows = options.allergies ?? [['12-May-2026', 'Penicillin V', '', '', 'Anaphylaxis']];
  const section = (code: string | undefined, title: string, inner: string): Json => ({
    title,
    ...(code ? { code: { coding: [{ code }] } } : {}),
    text: { status: 'generated', div: div(inner) },
  });
  const composition: Json = {
    resourceType: 'Composition',
    id: 'comp-1',
    status: 'final',
    type: { coding: [{ system: 'http://snomed.info/sct', code: '196981000000101', display: 'General Practice Summary' }] },
    subject: { reference: 'Patient/p-1' },
    date: '2026-11-14T09:12:00+00:00',
    section: [
      section(
        'Title',
        'General Practice Summary',
        `<h3 id="Disclaimer">Sourced from the patient's General Practice record.</h3><p id="CreateTime">Summary Created: 14-Nov-2026 09:12</p>${
          options.titleExtra ?? ''
        }<p id="Author">Created by: JONES, Amy (Dr)</p><p id="Practice">Riverside Surgery, 1 Mill Lane, Leeds LS1 1AA.</p>`,
      ),
      section(
        'AllergiesHeader',
        'Allergies and Adverse Reactions',
        table('Allergies', ['Date', 'Description', 'Certainty', 'Severity', 'Supporting Information'], allergyRows),
      ),
      section(
        'RepeatMedsHeader',
        'Current Repeat Medications',
        table('RepeatMeds', ['Type', 'Date', 'Medication Item', 'Dosage Instructions', 'Quantity'], options.repeats ?? [
          ['Repeat Medication', 'Last Issued: 01-Nov-2026', 'Amlodipine 5mg tablets', 'One To Be Taken Each Day', '28 tablet'],
        ]),
      ),
      ...(options.extraSections ?? []),
    ],
  };
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 1,
    entry: [
      { fullUrl: 'urn:uuid:comp-1', resource: composition, search: { mode: 'match' } },
      { fullUrl: 'urn:uuid:p-1', resource: { ...patient(nhsNumber, options.name), id: 'p-1' }, search: { mode: 'include' } },
    ],
  };
}

export function sectionOf(code: string | undefined, title: string, inner: string): Json {
  return { title, ...(code ? { code: { coding: [{ code }] } } : {}), text: { status: 'generated', div: div(inner) } };
}

export function resourceBundle(resources: Json[], extra: Json = {}): Json {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...extra,
    entry: resources.map((resource, i) => ({ fullUrl: `urn:uuid:r-${i}`, resource })),
  };
}

export const emptySearchset = { resourceType: 'Bundle', type: 'searchset', total: 0 };
