// The host application around the README's examples (PatientSummary.tsx for React 19, and
// PatientSummaryReact18.tsx, the React 18 way, run here by React 19): a parent with state of
// its own. Built with Vite and driven in Chromium by test/embedding/react-app.test.ts.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { SummaryModel } from 'scr-summary';
import { PatientSummary } from './PatientSummary';
import { PatientSummary as PatientSummaryReact18 } from './PatientSummaryReact18';

export interface HostProps {
  nhsNumber: string;
  token: string;
}

export interface MountedHost {
  /** Renders the same host again from the top (every prop a new but equal object). */
  rerender(): void;
  /** Changes the parent's own state, which the widget's inputs do not depend on. */
  click(): void;
  /** Changes what the parent passes down. */
  setProps(next: HostProps): void;
  /** How many times the example asked the host to refresh its token. */
  refreshes(): number;
  unmount(): void;
}

export function mount(container: HTMLElement, initial: HostProps, example: 'react19' | 'react18' = 'react19'): MountedHost {
  let refreshes = 0;
  let setProps: (next: HostProps) => void = () => {};
  function Host() {
    const [props, set] = useState(initial);
    const [clicks, setClicks] = useState(0);
    const [summary, setSummary] = useState<SummaryModel>();
    setProps = set;
    return (
      <main>
        <button type="button" onClick={() => setClicks((n) => n + 1)}>
          Clicked {clicks} times
        </button>
        {example === 'react19' ? (
          <PatientSummary nhsNumber={props.nhsNumber} token={props.token} refreshToken={() => (refreshes += 1)} />
        ) : (
          <>
            <PatientSummaryReact18 nhsNumber={props.nhsNumber} token={props.token} onSummary={setSummary} />
            {summary && <p>Summary Care Record read.</p>}
          </>
        )}
      </main>
    );
  }
  const root = createRoot(container);
  const render = () => flushSync(() => root.render(<Host />));
  render();
  return {
    rerender: render,
    click: () => flushSync(() => container.querySelector('button')!.click()),
    setProps: (next) => flushSync(() => setProps(next)),
    refreshes: () => refreshes,
    unmount: () => root.unmount(),
  };
}
