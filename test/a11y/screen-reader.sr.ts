/**
 * Issue 15: a long table's rows off screen are not laid out until they near it
 * (`content-visibility: auto`, src/element/styles.ts), yet a screen reader must be given every
 * row and every cell. Chromium builds its full accessibility tree only while assistive
 * technology is running, so this file (`.sr.ts`, outside the default group) runs in its own group, in a browser started with
 * `--force-renderer-accessibility` as it is when a screen reader is on (web-test-runner.config.mjs),
 * and reads the tree Chromium gives assistive technology.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, shadow } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { isSkipped } from '../safety/support/card.js';
import { manyMedicines, nhsNumber } from '../safety/support/patients.js';

const NHS = nhsNumber(43);
const COUNT = 2000;

interface AxNode {
  id: string;
  ignored: boolean;
  role: string;
  name: string;
  children: string[];
}

afterEach(() => resetHandlers());

describe('a screen reader and a long table', () => {
  it('H4: is given every row and cell of a 2,000-medicine table, the rows not yet laid out included, in order, under their column headers', async function () {
    this.timeout(60000);
    await useHandlers(http.get(ENDPOINT, () => fhirJson(manyMedicines(NHS, 'Gammadrug', COUNT))));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    await waitUntil(() => shadow(el).querySelectorAll('tbody tr').length === COUNT, 'the rows never all arrived', { timeout: 30000 });
    const rows = shadow(el).querySelectorAll('tbody tr');
    expect(isSkipped(rows[COUNT - 1]), 'the last row is not laid out').to.equal(true);

    const tree = (await executeServerCommand('accessibility-tree')) as AxNode[];
    const byId = new Map(tree.map((n) => [n.id, n]));
    // What is exposed under a node with a role, through the generic nodes between (row groups, wrappers).
    const under = (n: AxNode, role: string): AxNode[] =>
      n.children.map((id) => byId.get(id)!).flatMap((c) => (c.role === role && !c.ignored ? [c] : under(c, role)));
    const textOf = (n: AxNode): string => (n.role === 'StaticText' ? n.name : n.children.map((id) => textOf(byId.get(id)!)).join(' '));
    const tables = tree.filter((n) => !n.ignored && n.role === 'table');
    expect(tables.map((n) => n.name)).to.deep.equal(['Other medicines']);
    const [header, ...bodyRows] = under(tables[0], 'row');
    expect(under(header, 'columnheader').map((n) => n.name)).to.deep.equal(['Medicine', 'Dose', 'Status', 'Dates']);
    expect(bodyRows.length, 'every body row').to.equal(COUNT);
    for (const [i, row] of bodyRows.entries()) {
      const cells = under(row, 'cell').map((c) => textOf(c).replace(/\s+/g, ' ').trim());
      expect(cells, `row ${i + 1}`).to.deep.equal([`Gammadrug ${i + 1} 5mg tablets Not coded`, 'One daily', 'Active', 'Not recorded']);
    }
  });
});
