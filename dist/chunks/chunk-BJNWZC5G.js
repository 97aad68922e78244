import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  escapeHtml
} from "./chunk-G2OUNXF5.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/report/render/html.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
var GITHUB_MARKDOWN_OPTIONS = {
  // GitHub passes raw HTML through and relies on its sanitizer (the step after this one).
  unsafe: true,
  extensions: { table: true, autolink: true, tagfilter: true, strikethrough: true, tasklist: true }
};
var libraries;
var HTML_PREVIEW_PACKAGES = [
  "cmark-gfm",
  "hast-util-from-html",
  "hast-util-sanitize",
  "hast-util-to-html",
  "mermaid"
];
function loadHtmlPreviewLibraries() {
  if (libraries) return libraries;
  const require2 = createRequire(import.meta.url);
  const missing = [];
  const load = (name, get) => {
    try {
      return get();
    } catch (err) {
      if (err.code !== "MODULE_NOT_FOUND") throw err;
      missing.push(name);
      return void 0;
    }
  };
  const cmark = load("cmark-gfm", () => require2("cmark-gfm"));
  const from = load("hast-util-from-html", () => require2("hast-util-from-html"));
  const sanitize = load("hast-util-sanitize", () => require2("hast-util-sanitize"));
  const to = load("hast-util-to-html", () => require2("hast-util-to-html"));
  const mermaidFile = load("mermaid", () => require2.resolve("mermaid/dist/mermaid.min.js"));
  if (missing.length || !mermaidFile) {
    throw new PinshipError(
      `the HTML preview needs ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not installed`,
      {
        field: "--format",
        hint: `npm install ${HTML_PREVIEW_PACKAGES.join(" ")} beside pinship (cmark-gfm builds a native addon: a C++ compiler and Node headers); markdown and json need none of them`
      }
    );
  }
  const mermaidScript = readFileSync(mermaidFile, "utf8");
  libraries = {
    cmark,
    fromHtml: from.fromHtml,
    sanitize: sanitize.sanitize,
    defaultSchema: sanitize.defaultSchema,
    toHtml: to.toHtml,
    mermaidScript
  };
  return libraries;
}
function renderGithubHtml(markdown) {
  const lib = loadHtmlPreviewLibraries();
  const html = lib.cmark.renderHtmlSync(markdown, GITHUB_MARKDOWN_OPTIONS);
  return lib.toHtml(lib.sanitize(lib.fromHtml(html, { fragment: true }), lib.defaultSchema));
}
function renderHtmlPage(markdown, title) {
  const body = renderGithubHtml(markdown);
  const mermaid = loadHtmlPreviewLibraries().mermaidScript.replace(/<\/(script)/gi, "<\\/$1");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<article class="markdown-body">
${body}
</article>
<script>${mermaid}</script>
<script>${DRAW_CHARTS}</script>
</body>
</html>
`;
}
var DRAW_CHARTS = `
for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
  const chart = document.createElement('pre');
  chart.className = 'mermaid';
  chart.textContent = code.textContent;
  code.parentElement.replaceWith(chart);
}
// Mermaid measures text as it lays a chart out, which fails inside a closed <details>: open them
// while it draws, then close them again.
const folded = [...document.querySelectorAll('details:not([open])')];
for (const d of folded) d.open = true;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
mermaid.run().then(() => { document.body.dataset.charts = 'drawn'; },
  (e) => { document.body.dataset.charts = 'failed: ' + e; })
  .finally(() => { for (const d of folded) d.open = false; });
`;
var PAGE_STYLE = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 32px;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.markdown-body table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; }
.markdown-body pre code { background: none; padding: 0; }
.markdown-body pre.mermaid { background: none; text-align: center; }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
.markdown-body h3, .markdown-body h4 { margin: 24px 0 16px; }
`;

export {
  GITHUB_MARKDOWN_OPTIONS,
  HTML_PREVIEW_PACKAGES,
  loadHtmlPreviewLibraries,
  renderGithubHtml,
  renderHtmlPage
};
