import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * One MSW worker per test page. `useHandlers` replaces the handlers for a test and
 * `resetHandlers` runs after each test, so no test sees another's mocks.
 */
const worker = setupWorker();
let started: Promise<unknown> | undefined;

export async function startMockServer(): Promise<void> {
  started ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  await started;
}

export async function useHandlers(...handlers: RequestHandler[]): Promise<void> {
  await startMockServer();
  worker.resetHandlers(...handlers);
}

export function resetHandlers(): void {
  worker.resetHandlers();
}

/**
 * Counts the requests MSW starts and finishes handling, for leak checks (the soak test):
 * `stop()` detaches the listeners; `counts` keeps the totals.
 */
export function countWorkerRequests(): { counts: { started: number; ended: number }; stop: () => void } {
  const counts = { started: 0, ended: 0 };
  const onStart = () => (counts.started += 1);
  const onEnd = () => (counts.ended += 1);
  worker.events.on('request:start', onStart);
  worker.events.on('request:end', onEnd);
  return {
    counts,
    stop: () => {
      worker.events.removeListener('request:start', onStart);
      worker.events.removeListener('request:end', onEnd);
    },
  };
}
