/**
 * Vue 3 (its esm-browser build, template compiled in the browser), no wrapper: the object
 * `headers` goes in as a DOM property with `:headers.prop`, events come through `@scr-load`,
 * and the tags are declared custom elements with `compilerOptions.isCustomElement`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { computed, createApp, defineComponent, nextTick, ref } from 'vue/dist/vue.esm-browser.js';
import '../../src/scr-summary.js';
import type { ScrLoadDetail, ScrSummary } from '../../src/index.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { acceptOnlyToken, cardText, EMBED_ENDPOINT, EMBED_PATH, fhirJson, NHS_A, NHS_B, pause, recordEvents, recordFor } from './fixtures.js';

/** The README's Vue example, a single-file component type-checked with vue-tsc in its own project (scripts/consumers.mjs). */
const README_SFC = '/test/consumers/vue/src/PatientSummary.vue';

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

  it("the README's component, template as written: its first and only request carries the token, @scr-load is heard, parent re-renders ask nothing", async () => {
    const sfc = await (await fetch(README_SFC)).text();
    const template = /<template>([\s\S]*)<\/template>/.exec(sfc)?.[1];
    expect(template, `${README_SFC} has a template`).to.be.a('string');
    const token = 'vue-host-token-2f8e';
    const seen = await acceptOnlyToken(token, '/scr/:nhs');
    const recorded = recordEvents();
    // The component's <script setup>, as plain setup(): the same bindings its template reads.
    const PatientSummary = defineComponent({
      props: { nhsNumber: { type: String, required: true }, token: { type: String, required: true } },
      emits: ['unauthorized'],
      template,
      setup(props, { emit }) {
        const headers = computed(() => ({ Authorization: `Bearer ${props.token}` }));
        return { headers, summary: ref(), emit };
      },
    });
    const clicks = ref(0);
    const refreshes = ref(0);
    const container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      components: { PatientSummary },
      template: `<p>Clicked {{ clicks }} times</p>
        <patient-summary :nhs-number="nhs" :token="token" @unauthorized="refreshes++"></patient-summary>`,
      setup: () => ({ nhs: NHS_A, token, clicks, refreshes }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('scr-');
    app.mount(container);

    await waitUntil(() => container.textContent?.includes('Summary Care Record read.'), 'the component never showed the loaded summary', { timeout: 5000 });
    const el = container.querySelector('scr-summary') as ScrSummary;
    expect(el.headers).to.deep.equal({ Authorization: `Bearer ${token}` });
    expect(el.hasAttribute('headers')).to.equal(false);
    for (let i = 0; i < 5; i += 1) {
      clicks.value += 1;
      await nextTick();
      await pause(50);
    }
    expect(container.textContent).to.contain('Clicked 5 times');
    await pause(1000);
    expect(seen).to.deep.equal([{ auth: `Bearer ${token}`, nhs: NHS_A }]);
    expect(recorded.events.load.length).to.equal(1);
    expect(recorded.events.view.length).to.equal(1);
    expect(recorded.events.error).to.deep.equal([]);
    expect(refreshes.value).to.equal(0);
    recorded.stop();
    app.unmount();
    container.remove();
  });
});
