import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/git/commit-info.ts
var COMMIT_LOG_ARGS = ["log", "-1", "--format=%H %ct%n%D"];
function parseCommitInfo(log, origin) {
  const head = log?.trim();
  if (!head) return void 0;
  const [line, decorations = ""] = head.split("\n");
  const [sha, epoch] = (line ?? "").split(" ");
  if (!sha || !epoch) return void 0;
  const shortSha = sha.slice(0, 7);
  const branch = /(?:^|, )HEAD -> ([^,]+)/.exec(decorations)?.[1];
  const remote = origin?.trim();
  return {
    sha,
    shortSha,
    time: new Date(Number(epoch) * 1e3).toISOString().replace(/\.000Z$/, "Z"),
    branch: branch || void 0,
    sourceUrl: remote ? sourceUrl(remote) : void 0
  };
}
function sourceUrl(remote) {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z]+:\/\//i.test(remote)) return `https://${scp[1]}/${scp[2].replace(/\.git\/?$/, "")}`;
  try {
    const url = new URL(remote);
    if (url.protocol === "ssh:" || url.protocol === "git:")
      return `https://${url.hostname}${url.pathname}`.replace(/\.git\/?$/, "");
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/$/, "").replace(/\.git$/, "");
  } catch {
    return remote.replace(/\/\/[^/@]*@/, "//");
  }
}

export {
  COMMIT_LOG_ARGS,
  parseCommitInfo,
  sourceUrl
};
