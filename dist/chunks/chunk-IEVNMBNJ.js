import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PIN_TRAILER,
  SOURCE_TRAILER
} from "./chunk-CDRSM3XE.js";

// src/pin/commit-message.ts
import { createHash } from "node:crypto";
function commitMessage(files, pins, sourceCommit) {
  const names = [...new Set(files.flatMap((f) => f.images.map((i) => i.name)))];
  const digests = names.map((n) => {
    const pin = pins.find((p) => p.name === n);
    return `${n}@${pin?.ref.digest?.slice(0, 19) ?? "?"}`;
  });
  const dirs = files.map((f) => f.overlay.dir);
  const shown = dirs.slice(0, 3).join(", ") + (dirs.length > 3 ? ` and ${dirs.length - 3} more` : "");
  const lines = [`pin ${digests.join(", ")} in ${shown}`, ""];
  for (const f of files) {
    lines.push(f.overlay.file);
    for (const i of f.images) lines.push(`  ${describeChange(i)}`);
  }
  lines.push("");
  if (sourceCommit) lines.push(`${SOURCE_TRAILER}: ${sourceCommit}`);
  for (const f of files)
    for (const i of f.images) {
      const pin = pins.find((p) => p.name === i.name);
      lines.push(`${PIN_TRAILER}: ${f.overlay.file} ${i.name} ${pin?.ref.digest ?? ""}`);
    }
  return `${lines.join("\n")}
`;
}
var MAX_BRANCH = 80;
function pullRequestBranch(pins, overlays) {
  const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const name = `pinship/pin-${pins.map((p) => slug(p.name)).join("-")}-${overlays.map(slug).join("-")}`;
  const hash = createHash("sha256").update(JSON.stringify([pins.map((p) => p.name), overlays])).digest("hex").slice(0, 8);
  return `${name.slice(0, MAX_BRANCH - 9).replace(/-+$/, "")}-${hash}`;
}
function describeChange(change) {
  return `${change.name}: ${change.old ?? "(none)"} -> ${change.new}`;
}
function pullRequestText(message) {
  const [title = "", ...rest] = message.trimEnd().split("\n");
  const trailer = new RegExp(`^(?:${SOURCE_TRAILER}|${PIN_TRAILER}): `);
  const changes = rest.filter((l) => l.trim() !== "" && !trailer.test(l));
  const trailers = rest.filter((l) => trailer.test(l));
  const longest = Math.max(2, ...(changes.join("\n").match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return { title, body: [fence, ...changes, fence, "", ...trailers].join("\n") };
}

export {
  commitMessage,
  pullRequestBranch,
  describeChange,
  pullRequestText
};
