/**
 * Generated payloads for the benchmark: structured records of n entries (allergies,
 * medicines with dose text, conditions in equal thirds) and an SCR narrative of n rows.
 * Deterministic, so runs compare like with like. At most 20 items of a group are ended,
 * stopped or resolved (`past`): a card collapses longer groups of past items, and the benchmark
 * times every row shown.
 */
const NHS = '9434765919';
type Json = Record<string, unknown>;

/** Every `every`th item is past, up to 20 of them. */
const past = (i: number, every: number) => i % every === 0 && i / every < 20;

const patient = { resourceType: 'Patient', id: 'p', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS }], name: [{ family: 'BENCH', given: ['Mark'] }], birthDate: '1950-01-01' };

function allergy(i: number): Json {
  return {
    resourceType: 'AllergyIntolerance', id: `a${i}`,
    clinicalStatus: { coding: [{ code: past(i, 7) ? 'resolved' : 'active' }] },
    verificationStatus: { coding: [{ code: i % 11 === 0 ? 'unconfirmed' : 'confirmed' }] },
    criticality: i % 2 ? 'high' : 'low',
    code: { coding: [{ system: 'http://snomed.info/sct', code: String(100000 + i), display: `Substance ${i}` }], text: `Allergy to substance number ${i}` },
    reaction: [{ manifestation: [{ text: 'Urticaria' }], severity: 'moderate' }],
    onsetDateTime: `20${String(i % 20).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 9}`,
    recordedDate: '2020-05-01',
  };
}

function medicine(i: number): Json {
  return {
    resourceType: 'MedicationRequest', id: `m${i}`, status: past(i, 5) ? 'stopped' : 'active', intent: 'order',
    courseOfTherapyType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: i % 3 ? 'continuous' : 'acute' }] },
    medicationCodeableConcept: { coding: [{ system: 'https://dmd.nhs.uk', code: String(300000 + i), display: `Medicine ${i} 500mg tablets` }] },
    dosageInstruction: [{ text: `Take ${(i % 3) + 1} tablets ${(i % 4) + 1} times a day with food` }],
    authoredOn: `2026-0${(i % 9) + 1}-0${(i % 9) + 1}`,
  };
}

function condition(i: number): Json {
  return {
    resourceType: 'Condition', id: `c${i}`,
    clinicalStatus: { coding: [{ code: past(i, 4) ? 'resolved' : 'active' }] },
    verificationStatus: { coding: [{ code: 'confirmed' }] },
    code: { text: `Condition number ${i}` },
    onsetDateTime: `2010-0${(i % 9) + 1}`,
  };
}

export function structuredRecord(n: number): Json {
  const makers = [allergy, medicine, condition];
  const entry = [{ fullUrl: 'urn:uuid:p', resource: patient }];
  for (let i = 0; i < n; i++) entry.push({ fullUrl: `urn:uuid:e${i}`, resource: makers[i % 3](i) as typeof patient });
  return { resourceType: 'Bundle', type: 'collection', entry };
}

export function scrNarrative(rows: number): Json {
  const tr = Array.from({ length: rows }, (_, i) =>
    `<tr class="${i % 2 ? 'evenRow' : 'oddRow'}"><td>Repeat Medication</td><td>Last Issued: 0${(i % 9) + 1}-Nov-2026</td><td>Medicine ${i} 250mg/5ml oral suspension sugar free</td><td>One 5ml spoonful three times a day</td><td>${100 + i} ml</td></tr>`,
  ).join('');
  const div = `<div xmlns="http://www.w3.org/1999/xhtml"><table id="RepeatMeds"><thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead><tbody>${tr}</tbody></table></div>`;
  const composition = {
    resourceType: 'Composition', id: 'c', status: 'final',
    type: { coding: [{ system: 'http://snomed.info/sct', code: '196981000000101' }] },
    section: [
      { title: 'General Practice Summary', code: { coding: [{ code: 'Title' }] }, text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"><p id="CreateTime">Summary Created: 14-Nov-2026 09:12</p></div>' } },
      { title: 'Current Repeat Medications', code: { coding: [{ code: 'RepeatMedsHeader' }] }, text: { div } },
    ],
  };
  return { resourceType: 'Bundle', type: 'searchset', total: 1, entry: [{ resource: composition, search: { mode: 'match' } }, { resource: patient }] };
}

export const BENCH_NHS = NHS;
