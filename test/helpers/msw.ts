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
