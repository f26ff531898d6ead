/**
 * Demo page wiring: starts the mock endpoint (MSW service worker), THEN loads the element,
 * then builds the patient picker and the event log. Nothing here logs patient data: the log
 * shows only event names, error kinds, the `state` attribute and scenario ids.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './mocks/handlers.js';
import { allScenarios, SCENARIO_GROUPS, scenarioById, type ScenarioGroup } from './mocks/scenarios.js';

const MAX_LOG_ENTRIES = 60;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Demo page is missing #${id}`);
  return el as T;
}

/** `9434765919` → `943 476 5919`. */
function spaced(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Locale-independent 24-hour clock time, `14:31:07`. */
function clock(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function log(text: string): void {
  const list = byId<HTMLOListElement>('event-log');
  list.prepend(el('li', {}, el('span', { className: 'time' }, clock(new Date())), ' ', text));
  while (list.children.length > MAX_LOG_ENTRIES) list.lastElementChild?.remove();
}

function renderPicker(): void {
  const host = byId<HTMLDivElement>('scenario-groups');
  const groups = Object.keys(SCENARIO_GROUPS) as ScenarioGroup[];
  for (const group of groups) {
    const members = allScenarios.filter((s) => s.group === group);
    if (members.length === 0) continue;
    const fieldset = el('fieldset', {}, el('legend', {}, SCENARIO_GROUPS[group]));
    for (const s of members) {
      const inputId = `scenario-${s.id}`;
      const descId = `${inputId}-desc`;
      const input = el('input', { type: 'radio', name: 'scenario', id: inputId, value: s.id });
      input.setAttribute('aria-describedby', descId);
      const label = el('label', { htmlFor: inputId }, s.label, ' ', el('span', { className: 'nhs' }, `(NHS No. ${spaced(s.nhsNumber)})`));
      fieldset.append(el('div', { className: 'option' }, input, label, el('p', { id: descId }, s.description)));
    }
    host.append(fieldset);
  }
}

function wire(widget: HTMLElement): void {
  const scenarioForm = byId<HTMLFormElement>('scenario-form');
  const nhsForm = byId<HTMLFormElement>('nhs-form');
  const nhsInput = byId<HTMLInputElement>('nhs-input');
  const endpointForm = byId<HTMLFormElement>('endpoint-form');
  const stateOutput = byId<HTMLOutputElement>('state-output');

  const showState = (): void => {
    stateOutput.value = widget.getAttribute('state') ?? '(none)';
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName === 'state') {
        showState();
        log(`state → ${widget.getAttribute('state') ?? '(none)'}`);
      }
    }
  }).observe(widget, { attributes: true, attributeFilter: ['state'] });
  showState();

  widget.addEventListener('scr-load', () => log('event scr-load'));
  widget.addEventListener('scr-error', (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    const kind = typeof detail === 'object' && detail !== null && 'kind' in detail ? String(detail.kind) : 'unknown';
    log(`event scr-error (kind: ${kind})`);
  });

  scenarioForm.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.name !== 'scenario') return;
    const scenario = scenarioById(target.value);
    if (!scenario) return;
    log(`patient changed: scenario "${scenario.id}"`);
    widget.setAttribute('nhs-number', spaced(scenario.nhsNumber));
  });
  scenarioForm.addEventListener('submit', (event) => event.preventDefault());

  nhsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const radio of scenarioForm.querySelectorAll<HTMLInputElement>('input[name="scenario"]')) radio.checked = false;
    log('patient changed: typed NHS number');
    // Passed on exactly as typed: validating it is the widget's job.
    widget.setAttribute('nhs-number', nhsInput.value);
  });

  endpointForm.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.name !== 'endpoint') return;
    log(`endpoint changed: ${target.value}`);
    widget.setAttribute('endpoint', target.value);
  });
  endpointForm.addEventListener('submit', (event) => event.preventDefault());

  byId<HTMLButtonElement>('clear-log').addEventListener('click', () => byId<HTMLOListElement>('event-log').replaceChildren());
}

async function start(): Promise<void> {
  const notice = byId<HTMLParagraphElement>('worker-status');
  try {
    const worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      onUnhandledRequest: 'bypass',
    });
  } catch {
    notice.textContent =
      'The mock endpoint could not start (service workers need localhost or HTTPS), so the widget will report network errors.';
    notice.hidden = false;
  }

  renderPicker();
  // The element is loaded only once the mock endpoint answers, so its first request is mocked.
  await import('../src/scr-summary.js');
  await customElements.whenDefined('scr-summary');

  const widget = document.querySelector<HTMLElement>('scr-summary');
  if (!widget) throw new Error('Demo page is missing <scr-summary>');
  wire(widget);

  // Start on the main full-record patient.
  const first = allScenarios[0];
  const firstRadio = first ? document.getElementById(`scenario-${first.id}`) : null;
  if (first && firstRadio instanceof HTMLInputElement) {
    firstRadio.checked = true;
    log(`patient changed: scenario "${first.id}"`);
    widget.setAttribute('nhs-number', spaced(first.nhsNumber));
  }
}

void start().catch(() => {
  const notice = document.getElementById('worker-status');
  if (notice) {
    notice.textContent = 'The demo could not start: the <scr-summary> element failed to load.';
    notice.hidden = false;
  }
});
