/**
 * Printing shows the whole record: every item of a shortened history (data/history-limit.ts)
 * and every row, whatever the row passes (row-passes.ts) have built so far. It renders at
 * once on `beforeprint` or when print media starts to apply, before the page is laid out for
 * paper; afterwards the card is as the reader left it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const EVENTS = ['beforeprint', 'afterprint'];

export class Printing implements ReactiveController {
  on = false;
  private media?: MediaQueryList;

  /** `updateNow` renders synchronously (the host's `performUpdate`). */
  constructor(
    private host: ReactiveControllerHost,
    private updateNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media ??= matchMedia('print');
    this.on = this.media.matches;
    for (const type of EVENTS) addEventListener(type, this);
    this.media.addEventListener('change', this);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) removeEventListener(type, this);
    this.media?.removeEventListener('change', this);
  }

  handleEvent(event: Event): void {
    const on = event.type === 'beforeprint' || !!this.media?.matches;
    if (on === this.on) return;
    this.on = on;
    this.host.requestUpdate();
    if (on) this.updateNow();
  }
}
