/**
 * Vue 3 (its esm-browser build, template compiled in the browser), no wrapper: the object
 * `headers` goes in as a DOM property with `:headers.prop`, events come through `@scr-load`,
 * and the tags are declared custom elements with `compilerOptions.isCustomElement`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-browser.js';
import '../../src/scr-summary.js';
import type { ScrLoadDetail, ScrSummary } from '../../src/index.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { cardText, EMBED_ENDPOINT, EMBED_PATH, fhirJson, NHS_A, NHS_B, recordFor } from './fixtures.js';

afterEach(() => resetHandlers());

describe('Vue 3 host', () => {
  it('sets headers as a property with :headers.prop (MSW sees the header) and hears @scr-load', async () => {
    const seen: (string | null)[] = [];
    await useHandlers(http.get(EMBED_PATH, ({ request, params }) => (seen.push(request.headers.get('x-host-trace')), fhirJson(recordFor(String(params.nhs))))));
    const loads: ScrLoadDetail[] = [];
    const warnings: string[] = [];
    const nhs = ref(NHS_A);
    const headers = { 'X-Host-Trace': 'vue-trace-1' };
    const container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      template: `<scr-provider :endpoint="endpoint">
        <scr-summary :nhs-number="nhs" :headers.prop="headers" @scr-load="onLoad"></scr-summary>
      </scr-provider>`,
      setup: () => ({ endpoint: EMBED_ENDPOINT, nhs, headers, onLoad: (e: CustomEvent<ScrLoadDetail>) => loads.push(e.detail) }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('scr-');
    app.config.warnHandler = (msg: string) => void warnings.push(msg);
    app.mount(container);

    const el = container.querySelector('scr-summary') as ScrSummary;
    expect(el.headers, 'the very object, set as a property').to.equal(headers);
    expect(el.hasAttribute('headers')).to.equal(false);
    await waitUntil(() => loads.length === 1, 'Vue never heard scr-load', { timeout: 5000 });
    expect(loads[0].nhsNumber).to.equal(NHS_A);
    expect(seen).to.deep.equal(['vue-trace-1']);
    expect(cardText(el)).to.contain('Penicillin V');

    // Reactive data flows in: another patient reloads the widget.
    nhs.value = NHS_B;
    await nextTick();
    await waitUntil(() => loads.length === 2, 'no second scr-load', { timeout: 5000 });
    expect(loads[1].nhsNumber).to.equal(NHS_B);
    expect(seen).to.deep.equal(['vue-trace-1', 'vue-trace-1']);
    expect(warnings).to.deep.equal([]);
    app.unmount();
    container.remove();
  });
});
