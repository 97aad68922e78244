import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  commitsWithMessageContaining
} from "./chunk-WWE2H5DM.js";
import {
  GitError
} from "./chunk-7MXVX47H.js";

// src/provenance/pin-trailers.ts
var SOURCE_TRAILER = "Pinship-Source";
var PIN_TRAILER = "Pinship-Pin";
function sourceTrailer(message) {
  return new RegExp(`^${SOURCE_TRAILER}: *([0-9a-f]{7,64})\\s*$`, "m").exec(message)?.[1];
}
function pinTrailers(message) {
  const lines = message.matchAll(new RegExp(`^${PIN_TRAILER}: (.+) (\\S+) (sha256:[0-9a-f]{64})\\s*$`, "gm"));
  return [...lines].map((m) => ({ file: m[1], image: m[2], digest: m[3] }));
}
async function pinCommitOf(dir, digest) {
  let commits;
  try {
    commits = await commitsWithMessageContaining(dir, ["HEAD"], digest);
  } catch (err) {
    if (err instanceof GitError) return void 0;
    throw err;
  }
  for (const { commit, message } of commits) {
    const source = sourceTrailer(message);
    if (source && pinTrailers(message).some((t) => t.digest === digest)) return { pin: commit, source };
  }
  return void 0;
}

export {
  SOURCE_TRAILER,
  PIN_TRAILER,
  sourceTrailer,
  pinTrailers,
  pinCommitOf
};
