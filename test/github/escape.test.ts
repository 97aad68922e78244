import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, cut, escapeHtml, inertHtml, inertText, summaryLine } from '../../src/github/escape.js';
import { elements, githubReferences, githubTree, textOf } from '../support/github-html.js';
import * as hostile from '../report/hostile.js';

describe('escapeHtml', () => {
  it('escapes markup, and line breaks so that text cannot end the HTML block it sits in', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')"> & more`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; more',
    );
    expect(escapeHtml('v1\r\n\r\n![t](https://e.invalid/p.png)')).toBe(
      'v1&#13;&#10;&#13;&#10;![t](https://e.invalid/p.png)',
    );
  });
});

describe('summaryLine', () => {
  it('puts a line in a <p> block, where GitHub renders no Markdown', () => {
    expect(summaryLine(escapeHtml('Result: **x**'))).toBe('<p>Result: **x**</p>');
  });
});

describe('inert text as GitHub renders it (cmark-gfm, then its HTML allowlist)', () => {
  const { HOSTILE } = hostile;

  it('inertText: a paragraph and a table cell stay text, with no link, mention, reference or markup', () => {
    for (const text of HOSTILE) {
      const inert = inertText(text, 1000);
      const tree = githubTree(`Said: ${inert}\n\n| a | b |\n| --- | --- |\n| ${inert} | end |\n`);
      const table = ['table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td'];
      expect(elements(tree).map((e) => e.tagName)).toEqual(['p', ...table]);
      expect(githubReferences(tree)).toEqual([]);
      const cells = elements(tree, 'td').map(textOf);
      // What a reader sees is the text itself, on one line, without the invisible joiners and controls.
      const seen = (s: string) => s.replace(/[\u2060\u202a-\u202e]/g, '');
      expect(seen(cells[0]!)).toBe(
        text
          .replace(/[\u202a-\u202e]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      expect(cells[1]).toBe('end');
    }
  });

  it('inertHtml: text inside a <summary> stays text', () => {
    for (const text of HOSTILE) {
      const tree = githubTree(`<details><summary>${inertHtml(text, 1000)}</summary>\n\nbody\n\n</details>\n`);
      expect(elements(tree).map((e) => e.tagName)).toEqual(['details', 'summary', 'p']);
      expect(githubReferences(tree)).toEqual([]);
    }
  });

  it('codeSpan: one <code> in its cell, pipes and backticks included', () => {
    for (const text of HOSTILE) {
      const tree = githubTree(`| a | b |\n| --- | --- |\n| ${codeSpan(text, 1000)} | end |\n`);
      const cells = elements(tree, 'td');
      expect(cells).toHaveLength(2);
      expect(elements(cells[0]!).map((e) => e.tagName)).toEqual(['code']);
      expect(textOf(cells[0]!).trim()).toBe(
        text
          .replace(/[\u202a-\u202e]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
  });

  it('codeBlock: no line closes the fence or the <details> around it', () => {
    const lines = HOSTILE.flatMap((t) => t.split('\n')).concat(['````````', '</details>', '']);
    const tree = githubTree(`<details><summary>log</summary>\n\n${codeBlock(lines)}\n\n</details>\n\nafter\n`);
    expect(elements(tree).map((e) => e.tagName)).toEqual(['details', 'summary', 'pre', 'code', 'p']);
    expect(textOf(elements(tree, 'code')[0]!)).toBe(`${lines.join('\n').replace(/[\u202a-\u202e]/g, '')}\n`);
    expect(textOf(elements(tree, 'p')[0]!)).toBe('after');
  });
});

describe('cut', () => {
  it('cuts to the length with an ellipsis, never inside a surrogate pair', () => {
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abc', 3)).toBe('abc');
    expect(cut('ab😀cd', 4)).toBe('ab…');
  });
});
