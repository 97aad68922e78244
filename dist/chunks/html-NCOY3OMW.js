import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  GITHUB_MARKDOWN_OPTIONS,
  HTML_PREVIEW_PACKAGES,
  loadHtmlPreviewLibraries,
  renderGithubHtml,
  renderHtmlPage
} from "./chunk-BJNWZC5G.js";
import "./chunk-G2OUNXF5.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";
export {
  GITHUB_MARKDOWN_OPTIONS,
  HTML_PREVIEW_PACKAGES,
  loadHtmlPreviewLibraries,
  renderGithubHtml,
  renderHtmlPage
};
