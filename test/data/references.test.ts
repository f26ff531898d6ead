import { expect } from '@open-wc/testing';
import type { BundleEntry, FhirResource, Reference } from '../../src/data/fhir.js';
import { ambiguityWarnings, createResolver, sameJson } from '../../src/data/references.js';

const medication = (id: string | undefined, display: string): FhirResource => ({
  resourceType: 'Medication',
  ...(id ? { id } : {}),
  code: { coding: [{ system: 'https://dmd.nhs.uk', code: '39732311000001104', display }] },
});

describe('references', () => {
  it('resolves #id against the container\'s contained resources, and # to the container', () => {
    const contained = medication('med0310', 'Oral Form Oxycodone (product)');
    const request: FhirResource = { resourceType: 'MedicationRequest', id: 'medrx0301', contained: [contained] };
    const resolve = createResolver([]);
    expect(resolve({ reference: '#med0310' }, request)).to.equal(contained);
    expect(resolve({ reference: '#' }, request)).to.equal(request);
    expect(resolve({ reference: '#other' }, request)).to.be.undefined;
    // Without a container a local reference cannot be resolved.
    expect(resolve({ reference: '#med0310' })).to.be.undefined;
  });

  it('resolves urn:uuid references against fullUrl, ignoring the case of the uuid', () => {
    const med = medication('a', 'Amoxicillin 250mg capsules');
    const resolve = createResolver([{ fullUrl: 'urn:uuid:EFAE5859-28df-4e7d-be91-6df56d8215e4', resource: med }]);
    expect(resolve({ reference: 'urn:uuid:efae5859-28df-4e7d-be91-6df56d8215e4' })).to.equal(med);
    expect(resolve({ reference: 'urn:uuid:00000000-0000-0000-0000-000000000000' })).to.be.undefined;
  });

  it('resolves relative Type/id by resourceType and id, or by a fullUrl ending in /Type/id', () => {
    const byId = medication('abc', 'By id');
    const byUrl = medication(undefined, 'By fullUrl');
    const resolve = createResolver([
      { fullUrl: 'https://example.org/fhir/Medication/abc', resource: byId },
      { fullUrl: 'https://example.org/fhir/Medication/def', resource: byUrl },
      { resource: { resourceType: 'Practitioner', id: 'abc' } },
    ]);
    expect(resolve({ reference: 'Medication/abc' })).to.equal(byId);
    expect(resolve({ reference: 'Medication/def' })).to.equal(byUrl);
    expect(resolve({ reference: 'Medication/abc/_history/2' })).to.equal(byId);
    expect(resolve({ reference: 'Practitioner/abc' })?.resourceType).to.equal('Practitioner');
    expect(resolve({ reference: 'Medication/zzz' })).to.be.undefined;
  });

  it('resolves absolute URLs only by exact fullUrl, so another server\'s resource is never matched', () => {
    const med = medication('abc', 'Here');
    const resolve = createResolver([{ fullUrl: 'https://example.org/fhir/Medication/abc', resource: med }]);
    expect(resolve({ reference: 'https://example.org/fhir/Medication/abc' })).to.equal(med);
    expect(resolve({ reference: 'https://example.org/fhir/Medication/abc/_history/1' })).to.equal(med);
    expect(resolve({ reference: 'https://other.example/fhir/Medication/abc' })).to.be.undefined;
  });

  it('indexes the entries of nested Bundles', () => {
    const nested = medication('inner', 'Inside a nested Bundle');
    const resolve = createResolver([{ resource: { resourceType: 'Bundle', entry: [{ fullUrl: 'urn:uuid:2', resource: nested }] } }]);
    expect(resolve({ reference: 'urn:uuid:2' })).to.equal(nested);
    expect(resolve({ reference: 'Medication/inner' })).to.equal(nested);
  });

  it('H4: a name two different resources share resolves to nothing and is listed; identical copies resolve', () => {
    const a = medication('m1', 'Warfarin 1mg tablets');
    const b = medication('m1', 'Warfarin 5mg tablets');
    const aAgain = JSON.parse(JSON.stringify(a)) as FhirResource;
    const aReordered = { code: a.code, id: 'm1', resourceType: 'Medication' } as FhirResource;
    const noId = (display: string) => medication(undefined, display);
    const container = (...contained: FhirResource[]): FhirResource => ({ resourceType: 'MedicationRequest', id: 'rx', contained });
    const bundleOf = (...entry: BundleEntry[]): BundleEntry => ({ resource: { resourceType: 'Bundle', entry } as FhirResource });
    // [name, entries, reference, container, expected target (or undefined), names listed as ambiguous]
    const table: [string, BundleEntry[], string, FhirResource | undefined, FhirResource | undefined, string[]][] = [
      ['same Type/id, different', [{ resource: a }, { resource: b }], 'Medication/m1', undefined, undefined, ['Medication/m1']],
      ['same Type/id, other order', [{ resource: b }, { resource: a }], 'Medication/m1', undefined, undefined, ['Medication/m1']],
      ['same Type/id, a version of it', [{ resource: a }, { resource: b }], 'Medication/m1/_history/2', undefined, undefined, ['Medication/m1']],
      ['same Type/id, identical copy', [{ resource: a }, { resource: aAgain }], 'Medication/m1', undefined, a, []],
      ['identical but keys in another order', [{ resource: a }, { resource: aReordered }], 'Medication/m1', undefined, a, []],
      ['the same object twice', [{ resource: a }, { resource: a }], 'Medication/m1', undefined, a, []],
      ['two identical, then a different one', [{ resource: a }, { resource: aAgain }, { resource: b }], 'Medication/m1', undefined, undefined, ['Medication/m1']],
      ['same id, another type', [{ resource: a }, { resource: { resourceType: 'Practitioner', id: 'm1' } }], 'Medication/m1', undefined, a, []],
      ['same fullUrl, different', [{ fullUrl: 'urn:uuid:1', resource: noId('A') }, { fullUrl: 'urn:uuid:1', resource: noId('B') }], 'urn:uuid:1', undefined, undefined, ['urn:uuid:1']],
      ['same fullUrl in another case', [{ fullUrl: 'URN:UUID:ABC', resource: noId('A') }, { fullUrl: 'urn:uuid:abc', resource: noId('B') }], 'urn:uuid:Abc', undefined, undefined, ['URN:UUID:ABC']],
      ['same fullUrl, identical', [{ fullUrl: 'urn:uuid:1', resource: noId('A') }, { fullUrl: 'urn:uuid:1', resource: noId('A') }], 'urn:uuid:1', undefined, noId('A'), []],
      ['own fullUrls, shared Type/id: the fullUrl still resolves', [{ fullUrl: 'urn:uuid:1', resource: a }, { fullUrl: 'urn:uuid:2', resource: b }], 'urn:uuid:2', undefined, b, ['Medication/m1']],
      ['own fullUrls, shared Type/id: the Type/id does not', [{ fullUrl: 'urn:uuid:1', resource: a }, { fullUrl: 'urn:uuid:2', resource: b }], 'Medication/m1', undefined, undefined, ['Medication/m1']],
      ['shared Type/id is not rescued by a fullUrl tail', [{ resource: a }, { resource: b }, { fullUrl: 'https://x.example/Medication/m1', resource: noId('C') }], 'Medication/m1', undefined, undefined, ['Medication/m1']],
      ['two servers, one tail, no ids', [{ fullUrl: 'https://a.example/fhir/Medication/t', resource: noId('A') }, { fullUrl: 'https://b.example/fhir/Medication/t', resource: noId('B') }], 'Medication/t', undefined, undefined, ['Medication/t']],
      ['two servers: the absolute URL still resolves', [{ fullUrl: 'https://a.example/fhir/Medication/t', resource: noId('A') }, { fullUrl: 'https://b.example/fhir/Medication/t', resource: noId('B') }], 'https://b.example/fhir/Medication/t', undefined, noId('B'), ['Medication/t']],
      ['inside nested Bundles', [bundleOf({ resource: a }), bundleOf({ resource: b })], 'Medication/m1', undefined, undefined, ['Medication/m1']],
      ['contained, different', [], '#m', container(medication('m', 'A'), medication('m', 'B')), undefined, []],
      ['contained, identical', [], '#m', container(medication('m', 'A'), medication('m', 'A')), medication('m', 'A'), []],
    ];
    for (const [name, entries, reference, inside, expected, ambiguous] of table) {
      const resolve = createResolver(entries);
      const found = resolve({ reference }, inside);
      if (expected === undefined) expect(found, name).to.be.undefined;
      else expect(found, name).to.deep.equal(expected);
      expect(resolve.ambiguous, name).to.deep.equal(ambiguous);
    }
    // Contained duplicates are listed once the container is in the payload.
    const rx = container(medication('m', 'A'), medication('m', 'B'));
    expect(createResolver([{ resource: rx }]).ambiguous).to.deep.equal(['#m in MedicationRequest/rx']);
  });

  it('H4: the ambiguity warning names the ids and says references to them could not be resolved', () => {
    const [one] = ambiguityWarnings(createResolver([{ resource: medication('m1', 'A') }, { resource: medication('m1', 'B') }]));
    expect(one.kind).to.equal('ambiguous-reference');
    expect(one.text).to.contain('(Medication/m1)');
    expect(one.text).to.contain('could not be resolved');
    expect(ambiguityWarnings(createResolver([{ resource: medication('m1', 'A') }, { resource: medication('m1', 'A') }]))).to.deep.equal([]);
    const many = Array.from({ length: 12 }, (_, i) => [{ resource: medication(`m${i}`, 'A') }, { resource: medication(`m${i}`, 'B') }]).flat();
    const [listed] = ambiguityWarnings(createResolver(many));
    expect(listed.text).to.contain('Medication/m0, Medication/m1,');
    expect(listed.text).to.contain('Medication/m9 and 2 more');
  });

  it('sameJson compares parsed JSON structurally, in any key order, without recursion', () => {
    const table: [unknown, unknown, boolean][] = [
      [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
      [{ a: 1 }, { a: 1, b: undefined }, false],
      [[1, 2], [2, 1], false],
      [[], {}, false],
      [null, {}, false],
      ['1', 1, false],
      [{ a: [null] }, { a: [null] }, true],
    ];
    for (const [a, b, same] of table) expect(sameJson(a, b), JSON.stringify([a, b])).to.equal(same);
    let deep: unknown = 'x';
    for (let i = 0; i < 100000; i++) deep = { d: deep };
    expect(sameJson(deep, JSON.parse(JSON.stringify({ d: 'y' })))).to.be.false;
    expect(sameJson(deep, deep)).to.be.true;
  });

  it('circular references resolve one hop at a time and never loop', () => {
    const a: FhirResource = { resourceType: 'Basic', id: 'a', link: { reference: 'Basic/b' } };
    const b: FhirResource = { resourceType: 'Basic', id: 'b', link: { reference: 'Basic/a' } };
    const self: FhirResource = { resourceType: 'Basic', id: 's', contained: [], link: { reference: '#' } };
    const resolve = createResolver([{ resource: a }, { resource: b }, { resource: self }]);
    expect(resolve(a.link as Reference)).to.equal(b);
    expect(resolve(b.link as Reference)).to.equal(a);
    expect(resolve(self.link as Reference, self)).to.equal(self);
  });

  it('tolerates hostile references and entries without throwing', () => {
    const entries = [null, 3, 'x', { resource: 'not a resource' }, { fullUrl: 7, resource: { resourceType: 'Medication' } }, { resource: { resourceType: 'Medication', id: 9 } }];
    const resolve = createResolver(entries as unknown as BundleEntry[]);
    expect(() => createResolver(null as unknown as BundleEntry[])).not.to.throw();
    for (const ref of [undefined, null, 42, [], {}, { reference: 42 }, { reference: '' }, { reference: '#' }, { reference: 'not a reference' }, { reference: 'Medication/' }, { reference: 'urn:uuid:' }]) {
      expect(() => resolve(ref as Reference)).not.to.throw();
      expect(resolve(ref as Reference)).to.be.undefined;
    }
    // A container whose contained is not an array.
    expect(resolve({ reference: '#m' }, { resourceType: 'MedicationRequest', contained: 'x' } as unknown as FhirResource)).to.be.undefined;
    // A bare string in place of a Reference is read as the reference.
    const med = medication('m1', 'Bare');
    expect(createResolver([{ resource: med }])('Medication/m1' as unknown as Reference)).to.equal(med);
  });
});
