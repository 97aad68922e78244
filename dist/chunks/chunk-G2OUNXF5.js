import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/github/escape.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}
function summaryLine(html) {
  return `<p>${html}</p>`;
}
var JOINER = "\u2060";
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function breakReferences(text) {
  return text.replace(/@/g, `@${JOINER}`).replace(/(#|GH-)(?=\d)/gi, `$1${JOINER}`);
}
function dropControls(text) {
  return text.replace(CONTROLS, "");
}
function cut(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1])) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function inertText(text, max = 200) {
  const line = cut(dropControls(text).replace(/\s+/g, " ").trim(), max);
  return breakReferences(line).replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
function inertHtml(text, max = 200) {
  return breakReferences(escapeHtml(cut(dropControls(text).replace(/\s+/g, " ").trim(), max)));
}
function codeSpan(text, max = 200) {
  const line = cut(dropControls(text).replace(/\s+/g, " ").trim(), max).replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(line, "`") + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line || " "}${pad}${fence}`;
}
function codeBlock(lines, info = "") {
  const body = lines.map((l) => dropControls(l).replace(/\r/g, "")).join("\n");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${fence}${info}
${body}
${fence}`;
}
function longestRun(text, char) {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

export {
  escapeHtml,
  summaryLine,
  cut,
  inertText,
  inertHtml,
  codeSpan,
  codeBlock
};
