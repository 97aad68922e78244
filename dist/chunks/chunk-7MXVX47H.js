import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/git/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  constructor(args, exitCode, stderr, stdout = "") {
    super(`git ${args.join(" ")} failed (exit ${exitCode}): ${summarize(stderr)}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
    this.name = "GitError";
  }
  args;
  exitCode;
  stderr;
  stdout;
};
function summarize(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const said = lines.filter((l) => /^(?:fatal|error):/.test(l));
  return (said.length ? said.slice(0, 3) : lines.slice(-3)).join(" / ");
}
function git(cwd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      ["-C", cwd, ...args],
      {
        maxBuffer: 256 * 1024 * 1024,
        // Never prompt for credentials or editors in CI: fail instead.
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_EDITOR: "true", LC_ALL: "C", ...options.env }
      },
      (err, stdout, stderr) => {
        if (err)
          reject(new GitError(args, typeof err.code === "number" ? err.code : null, String(stderr), String(stdout)));
        else resolve(String(stdout));
      }
    );
    if (options.input !== void 0) child.stdin?.end(options.input);
  });
}
async function gitSucceeds(cwd, args) {
  try {
    await git(cwd, args);
    return true;
  } catch (err) {
    if (err instanceof GitError) return false;
    throw err;
  }
}

export {
  GitError,
  git,
  gitSucceeds
};
