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

/** Resolves in a later task: the page may paint and take input first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs steps until about `sliceMs` has passed, then lets the page paint and take input before
 * going on; stops, rejecting with the signal's reason, once `signal` is aborted. Work that took
 * more than a frame in all returns in a task of its own, so what the caller does with it
 * (drawing the card) is not added to the last slice.
 */
export async function runInTasks<T>(steps: Steps<T>, signal: AbortSignal, sliceMs = 40): Promise<T> {
  const began = performance.now();
  let start = began;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      if (performance.now() - began > 16) await nextTask();
      return next.value;
    }
    if (performance.now() - start > sliceMs) {
      await nextTask();
      signal.throwIfAborted();
      start = performance.now();
    }
  }
}
