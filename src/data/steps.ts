/**
 * A long computation written once as a generator that pauses (`yield`) between parts: run at
 * once where a value is needed now (`runToEnd`), or a task at a time where the page must stay
 * responsive (`runInTasks`: issue 15, no task over 100 ms for a 5,000-entry record).
 */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs steps until about `sliceMs` has passed, then lets the page paint and take input before
 * going on; stops, rejecting with the signal's reason, once `signal` is aborted.
 */
export async function runInTasks<T>(steps: Steps<T>, signal: AbortSignal, sliceMs = 40): Promise<T> {
  let start = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - start > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal.throwIfAborted();
      start = performance.now();
    }
  }
}
