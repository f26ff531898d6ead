import { expect } from '@open-wc/testing';
import type { NarrativeNode } from '../../src/data/model.js';
import { parseXhtml, sanitise, textOf } from '../../src/data/narrative.js';

const rebuild = (xhtml: string) => sanitise(parseXhtml(xhtml));

function tags(nodes: NarrativeNode[], found = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    found.add(n.tag);
    tags(n.children, found);
  }
  return found;
}

const allText = (nodes: NarrativeNode[]) => nodes.map(textOf).join(' ');

describe('narrative rebuild', () => {
  it('keeps the table structure, cell spans and text of an SCR narrative', () => {
    const tree = rebuild(
      '<div xmlns="http://www.w3.org/1999/xhtml"><table id="Allergies" summary="x"><thead><tr><th>Date</th><th>Description</th></tr></thead>' +
        '<tbody><tr class="oddRow"><td>12-May-2026</td><td>Toxic reaction to wasp sting</td></tr>' +
        '<tr><td colspan="2">No relevant information available &amp; more</td></tr></tbody></table></div>',
    );
    expect([...tags(tree)].sort()).to.deep.equal(['div', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(allText(tree)).to.contain('Toxic reaction to wasp sting');
    expect(allText(tree)).to.contain('No relevant information available & more');
    const td = JSON.stringify(tree);
    expect(td).to.contain('"colspan":2');
    expect(td).not.to.contain('summary');
    expect(td).not.to.contain('oddRow');
  });

  it('marks HighlightedStatement paragraphs so they render as warnings', () => {
    const [p] = rebuild('<p id="WithheldCREItemsHeaderStatement" class="HighlightedStatement">One or more entries have been deliberately withheld.</p>');
    expect(p).to.deep.include({ tag: 'p', highlighted: true });
  });

  it('H9: scripts, styles, iframes, SVG, MathML and forms are dropped with their content', () => {
    const tree = rebuild(
      '<div><script>alert(1)</script><style>*{display:none}</style><iframe src="javascript:alert(1)">x</iframe>' +
        '<svg><script>alert(2)</script><a xlink:href="javascript:alert(3)">svg</a></svg><math><mi>m</mi></math>' +
        '<form action="https://evil.example"><input value="steal"/></form><p>Kept text</p></div>',
    );
    expect([...tags(tree)].sort()).to.deep.equal(['div', 'p']);
    const text = allText(tree);
    expect(text).to.equal('Kept text');
  });

  it('H9: event handlers, URLs and style attributes never survive; unknown elements keep only their text', () => {
    const tree = rebuild(
      '<p onclick="alert(1)" style="background:url(javascript:alert(1))" id="x" class="y">Para</p>' +
        '<a href="javascript:alert(1)" onmouseover="alert(2)">Link text</a><img src="x" onerror="alert(3)"/>' +
        '<td colspan="javascript:1" rowspan="999999">cell</td><th scope="evil">h</th><font color="red">Red</font>',
    );
    const json = JSON.stringify(tree);
    for (const bad of ['onclick', 'onerror', 'onmouseover', 'javascript', 'style', 'href', 'src', 'img', 'font', 'evil', '999999']) {
      expect(json, bad).not.to.contain(bad);
    }
    expect(allText(tree)).to.contain('Link text');
    expect(allText(tree)).to.contain('Red');
  });

  it('H9: text that looks like markup stays text, including encoded and mutation-XSS shapes', () => {
    const tree = rebuild(
      '<p>&lt;img src=x onerror=alert(1)&gt; &#60;script&#62;</p><noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>after</p>',
    );
    expect([...tags(tree)].sort()).to.deep.equal(['p']);
    expect(textOf(tree[0])).to.equal('<img src=x onerror=alert(1)> <script>');
    expect(allText(tree)).to.contain('after');
  });

  it('survives malformed narrative: unclosed and stray tags, a lone "<", CDATA and comments', () => {
    const tree = rebuild('<div><p>one<p>two</b></div></span> 3 < 4 <!-- hidden --><![CDATA[raw <b>]]>');
    const text = allText(tree);
    expect(text).to.contain('one');
    expect(text).to.contain('two');
    expect(text).to.contain('3 < 4');
    expect(text).to.contain('raw <b>');
    expect(text).not.to.contain('hidden');
  });
});
