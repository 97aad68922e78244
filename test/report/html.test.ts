import { describe, expect, it } from 'vitest';
import { renderHtmlPage } from '../../src/report/render/index.js';

describe('renderHtmlPage', () => {
  const page = renderHtmlPage(
    '# Title\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n' +
      '```mermaid\nxychart-beta\n  line [1, 2]\n```\n',
    'report </title><script>alert(3)</script>',
  );

  it('renders the Markdown as GitHub does: cmark-gfm, then its allowlist (no script, no handler)', () => {
    const body = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
    expect(body).toContain('<h1>Title</h1>');
    expect(body).not.toMatch(/<script|onerror|alert\(2\)/);
    expect(body).toContain('<pre><code class="language-mermaid">xychart-beta\n  line [1, 2]\n</code></pre>');
  });

  it('escapes the title and carries exactly two scripts: Mermaid inlined, then the one that draws', () => {
    expect(page).toContain('<title>report &lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>');
    expect(page.match(/<script>/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).toContain("mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });");
  });
});
