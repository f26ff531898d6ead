/**
 * Counting what a long run leaves behind: timers, event listeners and requests created
 * while a probe is installed. Everything is passed through unchanged; the probe only keeps
 * books. `uninstall()` restores the originals and returns what is still outstanding.
 */

type TimerId = ReturnType<typeof setTimeout>;

interface ListenerRecord {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

export interface LeakReport {
  timers: { created: number; pending: number; pendingDelays: number[] };
  listeners: { added: number; live: number; onDetachedNodes: number; liveByTarget: Record<string, number> };
  fetches: { started: number; pending: number; unreadBodies: number };
}

function targetKind(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof AbortSignal) return 'AbortSignal';
  if (target instanceof ShadowRoot) return 'ShadowRoot';
  if (target instanceof Element) return target.localName;
  return target.constructor?.name ?? 'EventTarget';
}

const captureOf = (options: boolean | AddEventListenerOptions | undefined) => (typeof options === 'boolean' ? options : !!options?.capture);

export function installLeakProbe(): { uninstall: () => LeakReport; pendingTimerDelays: () => number[] } {
  const originals = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    fetch: window.fetch,
  };

  const pendingTimers = new Map<TimerId, number>();
  let timersCreated = 0;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]): TimerId => {
    timersCreated += 1;
    const id: TimerId = originals.setTimeout.call(
      window,
      (...a: unknown[]) => {
        pendingTimers.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    pendingTimers.set(id, ms ?? 0);
    return id;
  }) as unknown as typeof setTimeout;
  window.clearTimeout = ((id?: TimerId) => {
    if (id !== undefined) pendingTimers.delete(id);
    originals.clearTimeout.call(window, id);
  }) as typeof clearTimeout;
  // An interval never ends by itself: any created during the run and not cleared is a leak.
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]): TimerId => {
    timersCreated += 1;
    const id = originals.setInterval.call(window, handler as () => void, ms, ...args) as unknown as TimerId;
    pendingTimers.set(id, ms ?? 0);
    return id;
  }) as unknown as typeof setInterval;
  window.clearInterval = ((id?: TimerId) => {
    if (id !== undefined) pendingTimers.delete(id);
    originals.clearInterval.call(window, id);
  }) as typeof clearInterval;

  const live: ListenerRecord[] = [];
  let listenersAdded = 0;
  const find = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) =>
    live.findIndex((r) => r.target === target && r.type === type && r.listener === listener && r.capture === capture);
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    originals.add.call(this, type, listener, options);
    if (!listener) return;
    const capture = captureOf(options);
    if (find(this, type, listener, capture) >= 0) return;
    listenersAdded += 1;
    const record = { target: this, type, listener, capture };
    live.push(record);
    if (typeof options === 'object' && options.once) {
      // A once listener is gone after it fires; book that with an untracked listener of our own.
      originals.add.call(this, type, () => {
        const at = live.indexOf(record);
        if (at >= 0) live.splice(at, 1);
      }, { once: true, capture });
    }
    if (typeof options === 'object' && options.signal) {
      const signal = options.signal;
      const drop = () => {
        const at = live.indexOf(record);
        if (at >= 0) live.splice(at, 1);
      };
      if (signal.aborted) drop();
      else originals.add.call(signal, 'abort', drop, { once: true });
    }
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    originals.remove.call(this, type, listener, options);
    if (!listener) return;
    const at = find(this, type, listener, captureOf(options));
    if (at >= 0) live.splice(at, 1);
  };

  let fetchesStarted = 0;
  let fetchesPending = 0;
  const responses: Response[] = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    fetchesStarted += 1;
    fetchesPending += 1;
    try {
      const response = await originals.fetch.call(window, input, init);
      responses.push(response);
      return response;
    } finally {
      fetchesPending -= 1;
    }
  }) as typeof fetch;

  return {
    /** The delays (ms) of the timers pending right now, without uninstalling. */
    pendingTimerDelays: () => [...pendingTimers.values()],
    uninstall: () => {
      window.setTimeout = originals.setTimeout;
      window.clearTimeout = originals.clearTimeout;
      window.setInterval = originals.setInterval;
      window.clearInterval = originals.clearInterval;
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      window.fetch = originals.fetch;
      // A listener on a node no longer in the document goes when the node does (Lit leaves
      // `@click` on the buttons of a replaced template); only reachable targets can leak.
      const reachable = live.filter((r) => !(r.target instanceof Node) || r.target.isConnected);
      const liveByTarget: Record<string, number> = {};
      for (const r of reachable) {
        const key = `${targetKind(r.target)}:${r.type}`;
        liveByTarget[key] = (liveByTarget[key] ?? 0) + 1;
      }
      return {
        timers: { created: timersCreated, pending: pendingTimers.size, pendingDelays: [...pendingTimers.values()] },
        listeners: { added: listenersAdded, live: reachable.length, onDetachedNodes: live.length - reachable.length, liveByTarget },
        // A body never read and never cancelled keeps its connection (or MSW stream) open.
        fetches: { started: fetchesStarted, pending: fetchesPending, unreadBodies: responses.filter((r) => r.body !== null && !r.bodyUsed).length },
      };
    },
  };
}
