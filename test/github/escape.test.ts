import { describe, expect, it } from 'vitest';
import { escapeHtml, summaryLine } from '../../src/github/escape.js';

describe('escapeHtml', () => {
  it('escapes markup, and line breaks so that text cannot end the HTML block it sits in', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')"> & more`)).toBe('&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; more');
    expect(escapeHtml('v1\r\n\r\n![t](https://e.invalid/p.png)')).toBe('v1&#13;&#10;&#13;&#10;![t](https://e.invalid/p.png)');
  });
});

describe('summaryLine', () => {
  it('puts a line in a <p> block, where GitHub renders no Markdown', () => {
    expect(summaryLine(escapeHtml('Result: **x**'))).toBe('<p>Result: **x**</p>');
  });
});
