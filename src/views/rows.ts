/**
 * Long tables are rendered in steps: the first pass builds the first rows of the card, in
 * reading order, and the element adds the rest a frame at a time (`ScrSummary`), so a
 * 10-year prescription history paints at once and the page stays responsive. Each table
 * that is still filling says so in words, with both counts; printing renders every row
 * first (a printout is the whole record).
 */
import { guard } from 'lit/directives/guard.js';

/** Rows the card may still render in this pass, and rows held back for a later one. */
export interface RowBudget {
  left: number;
  held: number;
}

export const everyRow = (): RowBudget => ({ left: Infinity, held: 0 });

/** How many of a table's `total` rows this pass may render, taken from the pass's budget. */
export function takeRows(total: number, budget: RowBudget): number {
  const shown = Math.min(total, budget.left);
  budget.left -= shown;
  budget.held += total - shown;
  return shown;
}

/** Rows per block: a later pass rebuilds only the one block it extends, and builds new ones. */
export const ROW_BLOCK = 40;

/**
 * Rows `[0, count)` in fixed blocks, each rebuilt only when its own rows change (`deps`
 * name what the rows are drawn from): a later pass builds its new rows, not every row again.
 */
export function rowBlocks(count: number, deps: readonly unknown[], render: (start: number, end: number) => unknown): unknown[] {
  const blocks: unknown[] = [];
  for (let start = 0; start < count; start += ROW_BLOCK) {
    const end = Math.min(count, start + ROW_BLOCK);
    blocks.push(guard([...deps, start, end], () => render(start, end)));
  }
  return blocks;
}
