/**
 * Angular, for real: the standalone application in test/consumers/angular (the README's
 * Angular example, patient-summary.ts, inside a root component with state of its own),
 * built by the Angular CLI against the packed package (`npm run consumers`, which `npm test`
 * runs before the browser tests) and run here: `CUSTOM_ELEMENTS_SCHEMA`, `[headers]` property
 * binding, `(scr-load)` event binding, one request carrying the token.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetHandlers } from '../helpers/msw.js';
import { acceptOnlyToken, NHS_A, pause, recordEvents } from './fixtures.js';

const APP = '/test/consumers/.built/angular/main.js';
const TOKEN = 'angular-host-token-3b9a';

describe('Angular standalone application (Angular CLI production build)', () => {
  after(() => resetHandlers());

  it('binds [headers] as a property and (scr-load) as an event: one request, with the token, over parent changes', async () => {
    const built = await fetch(APP, { method: 'HEAD' });
    expect(built.ok, `${APP} is missing: run \`npm run consumers\` (npm test does) to build the Angular app`).to.equal(true);

    const seen = await acceptOnlyToken(TOKEN, '/scr/:nhs');
    const recorded = recordEvents();
    const root = document.createElement('app-root');
    root.dataset.nhsNumber = NHS_A;
    root.dataset.token = TOKEN;
    document.body.append(root);
    await import(/* @vite-ignore */ APP);

    // (scr-load) ran the component's handler, whose signal Angular rendered.
    await waitUntil(() => root.textContent?.includes('Summary Care Record read.'), 'Angular never rendered the loaded summary', { timeout: 8000 });
    const el = root.querySelector('scr-summary');
    expect(el, 'the widget Angular rendered').to.exist;
    expect(el!.headers, 'headers arrived as a DOM property').to.deep.equal({ Authorization: `Bearer ${TOKEN}` });
    expect(el!.hasAttribute('headers')).to.equal(false);
    expect(el!.getAttribute('state')).to.equal('loaded');

    const button = root.querySelector('button')!;
    for (let i = 0; i < 5; i += 1) {
      button.click();
      await pause(50);
    }
    await waitUntil(() => button.textContent?.trim() === 'Clicked 5 times', 'the parent did not re-render');
    await pause(1000);

    expect(seen, 'requests the endpoint saw').to.deep.equal([{ auth: `Bearer ${TOKEN}`, nhs: NHS_A }]);
    expect(recorded.events.load.map((d) => d.nhsNumber)).to.deep.equal([NHS_A]);
    expect(recorded.events.view.map((d) => d.nhsNumber)).to.deep.equal([NHS_A]);
    expect(recorded.events.error).to.deep.equal([]);
    expect(root.querySelector('output')?.textContent).to.equal('0 token refreshes asked');
    recorded.stop();
  });
});
