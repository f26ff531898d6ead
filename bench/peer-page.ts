/**
 * The peer for `npm run bench`: fhir-react 2.1.1 on React 18 (production builds), bundled by
 * bench/peer.mjs from a temporary folder, never from the project's dependencies. It renders
 * the same generated records as bench/page.ts, timed the same way: data in → the frame after
 * the last row is in the DOM. React renders every resource at once (one task), so its first
 * screenful is its whole record.
 */
// @ts-nocheck: React and fhir-react are installed only in the peer's temporary folder.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { FhirResource, fhirVersions } from 'fhir-react';
import 'fhir-react/build/style.css';
import 'fhir-react/build/bootstrap-reboot.min.css';
import { bodyFor, caseRunner, frame, watchTasks, type CaseName, type Times } from './measure.js';

const stage = document.getElementById('stage')!;
let root: ReturnType<typeof createRoot> | undefined;

function clear() {
  root?.unmount();
  root = undefined;
  stage.replaceChildren();
}

/** Data in (the response body) → React renders the bundle into the DOM → the next frame painted. */
async function once(body: string, keep: boolean): Promise<Times> {
  clear();
  // Made before the clock starts, as for the card (bench/page.ts): the harness standing in for the network.
  const response = new Response(body);
  await frame();
  const tasks = watchTasks();
  const start = performance.now();
  const data = await response.json();
  root = createRoot(stage);
  flushSync(() => root!.render(createElement(FhirResource, { fhirResource: data, fhirVersion: fhirVersions.R4 })));
  await frame();
  const complete = performance.now() - start;
  const longestTask = await tasks.stop();
  if (!keep) clear();
  return { first: complete, complete, longestTask };
}

const view = () => ({ nodes: stage.querySelectorAll('*').length, rows: stage.querySelectorAll('.fhir-resource__Bundle__item').length });

export const runner = caseRunner((body, _nhs, keep) => once(body, keep), view, clear);

/** Parse, React render, style+layout (forced), and the rest of the frame, each a median of `runs`. */
export async function breakdown(name: CaseName, runs = 9) {
  const { body } = (await bodyFor(name))!;
  const rows: number[][] = [];
  for (let i = 0; i < runs; i++) {
    clear();
    await frame();
    const t0 = performance.now();
    const data = JSON.parse(body);
    const t1 = performance.now();
    root = createRoot(stage);
    flushSync(() => root!.render(createElement(FhirResource, { fhirResource: data, fhirVersion: fhirVersions.R4 })));
    const t2 = performance.now();
    void document.body.offsetHeight;
    const t3 = performance.now();
    await frame();
    rows.push([t1 - t0, 0, t2 - t1, t3 - t2, performance.now() - t3]);
  }
  clear();
  const med = (k: number) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  return { parse: med(0), normalise: med(1), render: med(2), styleLayout: med(3), paint: med(4) };
}

Object.assign(window, { __peerApi: { ...runner, breakdown } });
