import { expect } from '@open-wc/testing';
import type { BundleEntry, FhirResource, Reference } from '../../src/data/fhir.js';
import { createResolver } from '../../src/data/references.js';

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

  it('indexes the first of duplicate entries and the entries of nested Bundles', () => {
    const first = medication('dup', 'First');
    const nested = medication('inner', 'Inside a nested Bundle');
    const resolve = createResolver([
      { fullUrl: 'urn:uuid:1', resource: first },
      { fullUrl: 'urn:uuid:1', resource: medication('dup', 'Second') },
      { resource: { resourceType: 'Bundle', entry: [{ fullUrl: 'urn:uuid:2', resource: nested }] } },
    ]);
    expect(resolve({ reference: 'urn:uuid:1' })).to.equal(first);
    expect(resolve({ reference: 'Medication/dup' })).to.equal(first);
    expect(resolve({ reference: 'urn:uuid:2' })).to.equal(nested);
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
