/**
 * Hostile strings for the injection tests (hazard H9). Every one that could run script
 * calls `window.__scrPwn(n)` (or `parent.__scrPwn(n)` from a frame), so a test can prove
 * none ran by checking that nothing was recorded. They cover the families sanitiser
 * bypasses come from: script and event-handler markup, URL schemes, SVG and MathML
 * namespace confusion, mutation-XSS shapes (markup that re-parses differently), CSS
 * expressions and bindings, structure break-outs, entity and Unicode tricks, and template
 * syntax that a careless renderer would evaluate.
 */
const p = (n: number) => `window.__scrPwn(${n})`;

export const HOSTILE_STRINGS: readonly string[] = [
  // Script and event handlers
  `<script>${p(1)}</script>`,
  `<img src=x onerror="${p(2)}">`,
  `<svg onload="${p(3)}">`,
  `<body onload="${p(4)}">`,
  `<details open ontoggle="${p(5)}">`,
  `<input autofocus onfocus="${p(6)}">`,
  `<video><source onerror="${p(7)}"></video>`,
  `<audio src=x onerror="${p(8)}"></audio>`,
  `<marquee onstart="${p(9)}">x</marquee>`,
  `<p onmouseover="${p(10)}" style="position:fixed;inset:0">hover</p>`,
  `<div tabindex="1" onfocusin="${p(11)}" autofocus>x</div>`,
  `<div popover id="pop" onbeforetoggle="${p(12)}">x</div>`,
  `<SCRIPT SRC=data:text/javascript,${p(13)}></SCRIPT>`,
  `<scr<script>ipt>${p(14)}</scr</script>ipt>`,
  `<x:script xmlns:x="http://www.w3.org/1999/xhtml">${p(15)}</x:script>`,
  `<isindex type=image src=1 onerror=${p(16)}>`,
  // URL schemes
  `<a href="javascript:${p(17)}">Penicillin</a>`,
  `<a href="jav&#x09;ascript:${p(18)}">x</a>`,
  `<a href="data:text/html,<script>parent.__scrPwn(19)</script>">x</a>`,
  `<iframe src="javascript:parent.__scrPwn(20)"></iframe>`,
  `<iframe srcdoc="<script>parent.__scrPwn(21)</script>"></iframe>`,
  `<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19zY3JQd24oMjIpPC9zY3JpcHQ+"></object>`,
  `<embed src="javascript:${p(23)}">`,
  `<form action="javascript:${p(24)}"><button>Go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${p(25)}">`,
  `<base href="javascript:${p(26)}//">`,
  `<table background="javascript:${p(27)}"><tr><td>x</td></tr></table>`,
  `javascript:${p(28)}`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19zY3JQd24oMjkpPC9zY3JpcHQ+`,
  // SVG and MathML
  `<svg><script>${p(30)}</script></svg>`,
  `<svg><a xlink:href="javascript:${p(31)}"><text x="0" y="10">x</text></a></svg>`,
  `<svg><animate onbegin="${p(32)}" attributeName="x" dur="1s"></animate></svg>`,
  `<svg><foreignObject><iframe srcdoc="<script>parent.__scrPwn(33)</script>"></iframe></foreignObject></svg>`,
  `<svg><style><img src=x onerror=${p(34)}></style></svg>`,
  `<math><style><img src=x onerror=${p(35)}></style></math>`,
  `<math href="javascript:${p(36)}">CLICK</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${p(37)}">x</maction></math>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='parent.__scrPwn(38)'/></svg>#x"></use></svg>`,
  // Mutation XSS: markup that means one thing to a sanitiser and another once re-parsed
  `<math><mtext><table><mglyph><style><img src=x onerror="${p(39)}">`,
  `<noscript><p title="</noscript><img src=x onerror=${p(40)}>">`,
  `<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${p(41)} src=1>">`,
  `<xmp><p title="</xmp><img src=x onerror=${p(42)}>">`,
  `<template><script>${p(43)}</script></template>`,
  `<select><template shadowrootmode="open"><img src=x onerror=${p(44)}></template></select>`,
  `<div><template shadowrootmode="open"><img src=x onerror=${p(45)}></template></div>`,
  `<!--><img src=x onerror=${p(46)}>-->`,
  `<![CDATA[<script>${p(47)}</script>]]>`,
  `<style><!--</style><img src=x onerror=${p(48)}>-->`,
  `<textarea></textarea><img src=x onerror=${p(49)}>`,
  // CSS
  `<div style="width: expression(${p(50)})">x</div>`,
  `<div style="background:url(javascript:${p(51)})">x</div>`,
  `<style>@import 'javascript:${p(52)}';</style>`,
  `<link rel="stylesheet" href="data:text/css,*{x:expression(${p(53)})}">`,
  `<div style="behavior: url(x.htc); -moz-binding: url(x.xml#xss)">x</div>`,
  `<style>:host{display:none} *{background:url("javascript:${p(54)}")}</style>`,
  // Breaking out of attributes, cells and tables
  `"><script>${p(55)}</script>`,
  `'><img src=x onerror=${p(56)}>`,
  `</td></tr></table><script>${p(57)}</script>`,
  `<td colspan="2 onmouseover=${p(58)}">x</td>`,
  `<th scope="col&quot; onclick=&quot;${p(59)}">x</th>`,
  `</div></section></article><img src=x onerror=${p(60)}>`,
  // Entities, encodings and Unicode
  `&lt;script&gt;${p(61)}&lt;/script&gt;`,
  `&#60;img src=x onerror=${p(62)}&#62;`,
  `<img src="x" onerror="&#119;indow.__scrPwn(63)">`,
  `\u2028\u2029</script><script>${p(64)}</script>`,
  `＜script＞${p(65)}＜/script＞`,
  `<scr\u0000ipt>${p(66)}</scr\u0000ipt>`,
  // Template syntax a careless renderer would evaluate
  `{{constructor.constructor('${p(67)}')()}}`,
  '${' + p(68) + '}',
  `<div is="x-pwn" data-x="\${${p(69)}}">x</div>`,
  `<slot name="actions"><img src=x onerror=${p(70)}></slot>`,
];

/** Every call `__scrPwn` receives during a test; empty means no hostile script ran. */
export interface PwnWatch {
  calls: number[];
  stop: () => void;
}

export function watchForScript(): PwnWatch {
  const calls: number[] = [];
  const w = window as unknown as { __scrPwn?: (n: number) => void };
  w.__scrPwn = (n: number) => calls.push(n);
  return { calls, stop: () => delete w.__scrPwn };
}

/** Elements the widget's own views write, plus the narrative allow-list. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'ARTICLE', 'HEADER', 'FOOTER', 'SECTION', 'DIV', 'P', 'SPAN', 'BR', 'HR', 'B', 'STRONG', 'I', 'EM', 'U', 'SUB', 'SUP',
  'SMALL', 'PRE', 'CODE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'COLGROUP', 'COL', 'BUTTON', 'SLOT',
  'DETAILS', 'SUMMARY',
]);

/** Attributes the views write; none takes a URL, a script or a style. */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'part', 'name', 'lang', 'colspan', 'rowspan', 'scope', 'data-label', 'aria-label', 'aria-labelledby', 'aria-describedby',
  'aria-live', 'aria-atomic', 'aria-hidden', 'aria-expanded', 'aria-controls', 'role', 'type', 'hidden',
]);

/** Attributes whose value is only ever read as text. */
const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set(['data-label', 'aria-label']);

/** Every element and attribute in a shadow tree that is outside the allow-lists, as `TAG[attr]` strings. */
export function outsideAllowList(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (!ALLOWED_ELEMENTS.has(node.tagName)) found.push(node.tagName);
    if (node.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${node.tagName} in ${node.namespaceURI}`);
    for (const attr of node.getAttributeNames()) {
      // The card's title takes focus from focus() (tabindex="-1": reachable by script, never by Tab).
      const focusTarget = attr === 'tabindex' && node.getAttribute(attr) === '-1' && node.id === 'scr-title';
      if (!ALLOWED_ATTRIBUTES.has(attr) && !focusTarget) found.push(`${node.tagName}[${attr}]`);
      // The allowed attributes never carry a URL or script: catch a value that smuggles one.
      // Text-valued ones (a cell's column label, an accessible name) may hold the record's
      // words, hostile or not; as attribute text they are inert.
      const value = node.getAttribute(attr) ?? '';
      if (!TEXT_ATTRIBUTES.has(attr) && /javascript:|data:|__scrPwn|expression\(|url\(/i.test(value)) found.push(`${node.tagName}[${attr}="${value}"]`);
    }
    if (node.shadowRoot) found.push(`${node.tagName} has its own shadow root`);
  }
  return found;
}
