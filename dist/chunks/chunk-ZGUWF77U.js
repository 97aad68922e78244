import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  git
} from "./chunk-7MXVX47H.js";

// src/git/batch.ts
import { spawn } from "node:child_process";
var MAX_OUTPUT = 1 << 28;
var TIMEOUT_MS = 3e4;
function runGitBatch(cwd, commands) {
  if (commands.length === 0) return Promise.resolve([]);
  const script = commands.map((args, i) => `(git ${args.map(quote).join(" ")}; printf '\\n%s' "$?") >&${i + 3} 2>/dev/null </dev/null &`).concat("wait").join("\n");
  const eachAlone = () => Promise.all(commands.map((args) => git(cwd, args).catch(() => void 0)));
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn("sh", ["-c", script], {
        cwd,
        stdio: ["ignore", "ignore", "ignore", ...commands.map(() => "pipe")]
      });
    } catch {
      resolve(eachAlone());
      return;
    }
    const chunks = commands.map(() => []);
    const sizes = commands.map(() => 0);
    let done = false;
    const finish = (outputs) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outputs);
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      for (let i = 0; i < commands.length; i++) child.stdio[i + 3]?.destroy();
      finish(commands.map(() => void 0));
    }, TIMEOUT_MS);
    commands.forEach((_, i) => {
      child.stdio[i + 3].on("data", (chunk) => {
        sizes[i] += chunk.length;
        if (sizes[i] <= MAX_OUTPUT) chunks[i].push(chunk);
      });
    });
    child.on("error", () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(eachAlone());
    });
    child.on("close", () => {
      finish(
        chunks.map((parts, i) => {
          if (sizes[i] > MAX_OUTPUT) return void 0;
          const text = Buffer.concat(parts).toString("utf8");
          const nl = text.lastIndexOf("\n");
          return nl !== -1 && text.slice(nl + 1) === "0" ? text.slice(0, nl) : void 0;
        })
      );
    });
  });
}
function quote(arg) {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export {
  runGitBatch
};
