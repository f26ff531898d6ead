/**
 * Renders long tables in passes (views/rows.ts): the first pass of a record builds about a
 * screenful of rows; then one pass a frame adds the next batch, sized from how long the last
 * pass took to build its rows, until every row is built. Printing shows every row at once
 * (printing.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { everyRow, ROW_BLOCK, type RowBudget } from '../views/rows.js';

/** About a screenful at any width: the rows that must not wait for a later frame. */
const FIRST_ROWS = 20;
/**
 * A record with at most this many rows in all is drawn whole in its first pass: building
 * them costs less than the frames a second pass waits for (issue 15: the real SCR's 22
 * rows took two frames; 100 entries took four).
 */
export const WHOLE_RECORD_ROWS = 150;
/**
 * Each pass also costs a fixed amount (the whole card is drawn, styled and laid out again),
 * so a batch is never smaller than this. Later batches are as many rows as the last pass
 * built per millisecond times PASS_BUDGET, up to MAX_BATCH: a pass is then about 40 ms of
 * building plus its frame's layout and paint, under the 100 ms a task may take (issue 15).
 * (Sizing from the time between frames instead kept batches at 120: that time includes the
 * wait for the frame, so it never looked short enough to grow.)
 */
const MIN_BATCH = 3 * ROW_BLOCK;
const MAX_BATCH = 20 * ROW_BLOCK;
const PASS_BUDGET = 40;

export class RowPasses implements ReactiveController {
  private limit = FIRST_ROWS;
  private batch = MIN_BATCH;
  /** What the last render built; rows it held back are built by the next pass. */
  private last: RowBudget = everyRow();
  private frame?: number;
  /** When the current pass began building. */
  private passStart?: number;
  private inPass = false;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Draws the card with this pass's budget. A template reads its rows' budget as it is made
   * (its rows are built later), so a first draw that held back rows of a short record is
   * cheap to make again with every row.
   */
  draw<T>(card: (rows: RowBudget) => T): T {
    const first = this.limit === FIRST_ROWS;
    const drawn = card((this.last = { left: this.limit, held: 0 }));
    if (!first || this.last.held === 0 || this.limit + this.last.held > WHOLE_RECORD_ROWS) return drawn;
    this.limit = Infinity;
    return card((this.last = everyRow()));
  }

  /** A new record starts from its first rows. */
  restart(): void {
    this.cancel();
    this.limit = FIRST_ROWS;
    this.batch = MIN_BATCH;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  hostUpdate(): void {
    this.last = everyRow();
  }

  hostUpdated(): void {
    const afterPass = this.inPass;
    this.inPass = false;
    if (afterPass) {
      const perRow = Math.max(performance.now() - this.passStart!, 1) / this.batch;
      this.batch = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(PASS_BUDGET / perRow / ROW_BLOCK) * ROW_BLOCK));
    }
    if (this.frame !== undefined || this.last.held === 0) return;
    // A pass runs in a frame callback, so one more callback is the next frame. A first pass
    // ran in a task before this frame's paint: wait a frame more, so it is painted on its own.
    this.frame = requestAnimationFrame(afterPass ? this.pass : () => (this.frame = requestAnimationFrame(this.pass)));
  }

  private pass = (): void => {
    this.frame = undefined;
    this.passStart = performance.now();
    this.inPass = true;
    this.limit += this.batch;
    this.host.requestUpdate();
  };

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
