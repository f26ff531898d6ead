/**
 * Demo page wiring: starts the mock endpoint (MSW service worker), THEN loads the element,
 * then builds the patient picker and the event log. Nothing here logs patient data: the log
 * shows only event names, error kinds, the `state` attribute and scenario ids.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './mocks/handlers.js';
import { createScrApi } from './mocks/scr-api.js';
import { DEMO_ALERT_CONTEXT, SCR_API_PATH, scrApiScenarios, type ScrApiScenario } from './mocks/scr-api-scenarios.js';
import { allScenarios, SCENARIO_GROUPS, scenarioById, type ScenarioGroup } from './mocks/scenarios.js';

/** The demo group walking through the NHS SCR API (`source="scr-api"`); its radios' values carry this prefix. */
const API_GROUP = 'NHS SCR API';
const API_PREFIX = 'api:';

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

function option(id: string, value: string, text: string, nhsNumber: string, description: string): HTMLDivElement {
  const inputId = `scenario-${id}`;
  const descId = `${inputId}-desc`;
  const input = el('input', { type: 'radio', name: 'scenario', id: inputId, value });
  input.setAttribute('aria-describedby', descId);
  const label = el('label', { htmlFor: inputId }, text, ' ', el('span', { className: 'nhs' }, `(NHS No. ${spaced(nhsNumber)})`));
  return el('div', { className: 'option' }, input, label, el('p', { id: descId }, description));
}

function renderPicker(): void {
  const host = byId<HTMLDivElement>('scenario-groups');
  const groups = Object.keys(SCENARIO_GROUPS) as ScenarioGroup[];
  for (const group of groups) {
    const members = allScenarios.filter((s) => s.group === group);
    if (members.length === 0) continue;
    const fieldset = el('fieldset', {}, el('legend', {}, SCENARIO_GROUPS[group]));
    for (const s of members) fieldset.append(option(s.id, s.id, s.label, s.nhsNumber, s.description));
    host.append(fieldset);
  }
  const api = el(
    'fieldset',
    {},
    el('legend', {}, API_GROUP),
    el('p', { className: 'hint' }, `A mock of the NHS Summary Care Record FHIR API's sandbox at ${SCR_API_PATH}: the pointer, the permission question, access alerts and the record. Answer the question on the card.`),
  );
  for (const s of scrApiScenarios) api.append(option(s.id, `${API_PREFIX}${s.id}`, s.label, s.nhsNumber, s.description));
  host.append(api);
}

/** The bundle endpoint chosen in the endpoint form. */
function bundleEndpoint(): string {
  return document.querySelector<HTMLInputElement>('#endpoint-form input[name="endpoint"]:checked')?.value ?? '/api/scr';
}

/** Puts the widget in the mode a scenario needs: `bundle` (the demo's endpoint) or the mock SCR API with the scenario's settings. */
function configure(widget: HTMLElement & { alertContext?: unknown }, scenario?: ScrApiScenario): void {
  const settings = scenario?.settings ?? {};
  const apiMode = scenario !== undefined && settings.source !== 'bundle';
  const attributes: Record<string, string | undefined> = {
    source: apiMode ? 'scr-api' : undefined,
    endpoint: apiMode ? SCR_API_PATH : bundleEndpoint(),
    relationship: settings.relationship,
    alerts: settings.alerts,
    permission: settings.permission,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) widget.removeAttribute(name);
    else widget.setAttribute(name, value);
  }
  widget.alertContext = settings.alerts === 'post' ? DEMO_ALERT_CONTEXT : undefined;
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
  widget.addEventListener('scr-view', () => log('event scr-view'));
  widget.addEventListener('scr-permission', (event) => {
    const { decision, label, relationship, alert } = (event as CustomEvent<{ decision: string; label: string; relationship: string; alert?: { type: string; reason: string } }>).detail;
    log(`event scr-permission (decision: ${decision}, label: ${label}, relationship: ${relationship}, alert: ${alert ? `type ${alert.type} reason ${alert.reason}` : 'none'})`);
  });
  widget.addEventListener('scr-alert', (event) => {
    const detail = (event as CustomEvent<{ sent: boolean; status?: number }>).detail;
    log(`event scr-alert (sent: ${detail.sent}${detail.status ? `, HTTP ${detail.status}` : ''})`);
  });
  widget.addEventListener('scr-error', (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    const kind = typeof detail === 'object' && detail !== null && 'kind' in detail ? String(detail.kind) : 'unknown';
    log(`event scr-error (kind: ${kind})`);
  });

  // Arrow keys move through the radios and pick each in turn: focus stays in the list for them.
  let arrowed = false;
  scenarioForm.addEventListener('keydown', (event) => {
    arrowed = event.key.startsWith('Arrow');
  });
  scenarioForm.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.name !== 'scenario') return;
    const api = target.value.startsWith(API_PREFIX) ? scrApiScenarios.find((s) => `${API_PREFIX}${s.id}` === target.value) : undefined;
    const scenario = api ?? scenarioById(target.value);
    if (!scenario) return;
    log(`patient changed: scenario "${scenario.id}"`);
    // Another scenario of the same patient (asked, then declined) must start a new view, not keep the last one.
    widget.removeAttribute('nhs-number');
    configure(widget, api);
    widget.setAttribute('nhs-number', spaced(scenario.nhsNumber));
    // On a narrow screen the widget is far below the list: the reader is taken to its title.
    if (!arrowed) widget.focus();
    arrowed = false;
  });
  scenarioForm.addEventListener('submit', (event) => event.preventDefault());

  nhsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const radio of scenarioForm.querySelectorAll<HTMLInputElement>('input[name="scenario"]')) radio.checked = false;
    log('patient changed: typed NHS number');
    // Passed on exactly as typed: validating it is the widget's job.
    widget.setAttribute('nhs-number', nhsInput.value);
    widget.focus();
  });

  endpointForm.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.name !== 'endpoint') return;
    log(`endpoint changed: ${target.value}`);
    if (widget.getAttribute('source') !== 'scr-api') widget.setAttribute('endpoint', target.value);
  });
  endpointForm.addEventListener('submit', (event) => event.preventDefault());

  byId<HTMLButtonElement>('clear-log').addEventListener('click', () => byId<HTMLOListElement>('event-log').replaceChildren());
}

async function start(): Promise<void> {
  const notice = byId<HTMLParagraphElement>('worker-status');
  try {
    const worker = setupWorker(...handlers, ...createScrApi({ latencyMs: 200 }).handlers);
    // The SCR API's requests in the log: method, resource and request id only (the query holds the NHS number).
    worker.events.on('request:start', ({ request }) => {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(SCR_API_PATH)) return;
      log(`request ${request.method} ${path.slice(SCR_API_PATH.length + 1)} (X-Request-ID ${request.headers.get('X-Request-ID')?.slice(0, 8) ?? 'none'}…)`);
    });
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

  const widget = document.querySelector<HTMLElement & { alertContext?: unknown }>('scr-summary');
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
