// Text a hostile program can print or put in its results and names, aimed at each way a comment
// could be turned: mentions, links, HTML, tables, fences, <details>, Mermaid.
export const HOSTILE = [
  '@octocat and @github/security please look',
  'mail evil@example.com or see www.evil.example and https://evil.example/x?a=1',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> <a href="https://evil.example">x</a>',
  '</details></summary></td></tr></table></pre> <details open>',
  '| cell | break |',
  'back\\slash\\| pipe \\\\| and a trailing backslash\\',
  '``` ```` ~~~ `code`',
  '**bold** _em_ [link](https://evil.example) ![img](https://evil.example/i.png) <https://evil.example>',
  'fixes #1 and GH-2',
  '\u202eevil\u202c &lt;b&gt; &amp; &#64;octocat',
  'line one\nline two\n\n# heading\n- item\n\n```mermaid\ngraph TD; A-->B\n```',
  '"]; click A href "javascript:alert(1)" %%{init: {"theme":"dark"}}%%',
];

export const HOSTILE_TEXT = HOSTILE.join(' ');
