import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  require_ignore
} from "./chunk-TJLKJ74F.js";
import {
  PinshipError,
  describeError
} from "./chunk-SI2EDPFI.js";
import {
  __toESM
} from "./chunk-XDLBQ6T7.js";

// src/log/megabytes.ts
function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

// src/build/engine-choice.ts
var BUILDKIT_API = [1, 39];
function chooseBuilder(requested, info, log) {
  if (requested && requested !== "buildkit" && requested !== "classic") {
    throw new PinshipError(`unknown builder ${JSON.stringify(requested)}: use buildkit or classic`, {
      field: "builder"
    });
  }
  if (requested === "classic") return "classic";
  const [major = 0, minor = 0] = info.apiVersion.split(".").map(Number);
  const oldApi = major < BUILDKIT_API[0] || major === BUILDKIT_API[0] && minor < BUILDKIT_API[1];
  const why = !info.platform.startsWith("linux/") ? `it runs ${info.platform.split("/")[0]}` : oldApi ? `its API is ${info.apiVersion} (BuildKit needs 1.39)` : info.builderVersion === "1" ? "BuildKit is disabled in its daemon.json (features.buildkit: false)" : void 0;
  if (!why) return "buildkit";
  if (requested === "buildkit") {
    throw new PinshipError(`the engine has no BuildKit: ${why}`, { field: "builder", hint: "use builder classic" });
  }
  log.info(`using the classic builder: the engine has no BuildKit (${why})`);
  return "classic";
}
var BUILDKIT_NETWORKS = ["default", "none", "host"];
function chooseNetwork(requested, builder, info, log) {
  if (requested) {
    const known = BUILDKIT_NETWORKS.includes(requested) || builder === "classic" && (requested.startsWith("container:") || info.networks.includes(requested));
    if (!known) {
      const choices = builder === "buildkit" ? BUILDKIT_NETWORKS : [...BUILDKIT_NETWORKS, ...info.networks];
      throw new PinshipError(
        `unknown network ${JSON.stringify(requested)} for the ${builder === "buildkit" ? "BuildKit" : "classic"} builder: use one of ${[...new Set(choices)].join(", ")}`,
        { field: "network" }
      );
    }
    return requested;
  }
  if (info.hasBridge) return void 0;
  log.info(
    'RUN steps get network "none": the engine has no bridge network (dockerd --bridge=none); set network to change it'
  );
  return "none";
}
function checkPlatform(platform) {
  if (!platform || /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) return;
  throw new PinshipError(`invalid platform ${JSON.stringify(platform)}: write os/arch[/variant], e.g. linux/arm64`, {
    field: "platform"
  });
}
function contextTransfer(options) {
  const given = options.contextTransfer ?? (options.env ?? process.env).PINSHIP_CONTEXT_TRANSFER ?? "filesync";
  if (given === "filesync" || given === "tar") return given;
  throw new PinshipError(`unknown context transfer ${JSON.stringify(given)}: use filesync or tar`, {
    field: "PINSHIP_CONTEXT_TRANSFER"
  });
}

// src/docker/dockerfile-syntax.ts
function readInstructions(dockerfile) {
  const out = [];
  const lines = dockerfile.split(/\r?\n/);
  const continuation = escapeDirective(lines);
  let pending;
  let heredocs = [];
  for (const [i, raw] of lines.entries()) {
    if (heredocs.length > 0) {
      if (endsHeredoc(raw, heredocs[0])) heredocs.shift();
      continue;
    }
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const start = pending ?? { text: "", line: i + 1 };
    if (line.endsWith(continuation)) {
      pending = { text: `${start.text}${line.slice(0, -1)} `, line: start.line };
      continue;
    }
    pending = void 0;
    const instruction = push(out, start.text + line, start.line);
    if (instruction) heredocs = heredocsOf(instruction);
  }
  if (pending) push(out, pending.text, pending.line);
  return out;
}
function push(out, text, line) {
  const m = /^(\S+)\s*(.*)$/.exec(text.trim());
  if (!m) return void 0;
  const instruction = { keyword: m[1].toUpperCase(), rest: m[2], line };
  out.push(instruction);
  return instruction;
}
function heredocsOf(instruction) {
  if (!["RUN", "COPY", "ADD"].includes(instruction.keyword)) return [];
  const words = /(?:^|\s)\d*<<(-?)(["']?)([^\s<"']+)\2(?=\s|$)/g;
  return [...instruction.rest.matchAll(words)].map((m) => ({ name: m[3], chomp: m[1] === "-" }));
}
function endsHeredoc(raw, heredoc) {
  const line = heredoc.chomp ? raw.replace(/^\t+/, "") : raw;
  return line.replace(/\r$/, "") === heredoc.name;
}
function escapeDirective(lines) {
  for (const line of lines) {
    const m = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(line.trim());
    if (!m) break;
    if (m[1].toLowerCase() === "escape" && (m[2] === "`" || m[2] === "\\")) return m[2];
  }
  return "\\";
}
function parseArgs(rest) {
  const out = [];
  for (const m of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
    const value = m[2]?.replace(/^(["'])(.*)\1$/, "$2");
    out.push([m[1], value]);
  }
  return out;
}
function parseEnv(rest) {
  const old = /^([A-Za-z_][A-Za-z0-9_]*)\s+([^=]*)$/.exec(rest);
  if (old && !rest.includes("=")) return [[old[1], old[2].trim()]];
  return parseArgs(rest).map(([name, value]) => [name, value ?? ""]);
}
function substitute(word, args) {
  return word.replace(VARIABLE, (_, braced, op, alt, bare) => {
    const value = args.get(braced ?? bare) ?? "";
    if (op === "-") return value || (alt ?? "");
    if (op === "+") return value ? alt ?? "" : "";
    return value;
  });
}
var VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

// src/docker/dockerfile-stages.ts
function readStages(dockerfile, buildArgs = {}) {
  const globalArgs = /* @__PURE__ */ new Map();
  const stages = [];
  for (const instruction of readInstructions(dockerfile)) {
    const current = stages.at(-1);
    if (instruction.keyword === "FROM") {
      stages.push(stage(instruction, stages, globalArgs));
    } else if (current) {
      current.instructions.push(instruction);
    } else if (instruction.keyword === "ARG") {
      for (const [name, value] of parseArgs(instruction.rest)) {
        const given = Object.hasOwn(buildArgs, name) ? buildArgs[name] : void 0;
        globalArgs.set(name, given ?? substitute(value ?? "", globalArgs));
      }
    }
  }
  return { stages, globalArgs };
}
function stage(from, earlier, args) {
  const words = from.rest.split(/\s+/).filter((w) => w && !w.startsWith("--"));
  const base = substitute(words[0] ?? "", args);
  const name = words[1]?.toUpperCase() === "AS" && words[2] ? words[2].toLowerCase() : void 0;
  const parent = earlier.find((s) => s.name !== void 0 && s.name === base.toLowerCase());
  return { index: earlier.length, name, from, base, parent, instructions: [] };
}
function stageNames(dockerfile) {
  return readStages(dockerfile).stages.flatMap((s) => s.name === void 0 ? [] : [s.name]);
}
function stageVariables(stage2, values) {
  let vars = new Map(stage2.parent ? stageVariables(stage2.parent, values).after : void 0);
  const seen = /* @__PURE__ */ new Map();
  for (const instruction of stage2.instructions) {
    seen.set(instruction, vars);
    if (instruction.keyword === "ARG") {
      vars = new Map(vars);
      for (const [name, value] of parseArgs(instruction.rest)) {
        const given = Object.hasOwn(values.buildArgs, name) ? values.buildArgs[name] : void 0;
        const set = given ?? (value === void 0 ? values.globalArgs.get(name) : substitute(value, vars));
        if (set !== void 0) vars.set(name, set);
      }
    } else if (instruction.keyword === "ENV") {
      vars = new Map(vars);
      for (const [name, value] of parseEnv(instruction.rest)) vars.set(name, substitute(value, vars));
    }
  }
  return { seen, after: vars };
}

// src/build/context/walk.ts
import { lstatSync, readdirSync as readdirSync2, readlinkSync } from "node:fs";
import { join, sep } from "node:path";

// src/build/context/undecodable-names.ts
import { readdirSync } from "node:fs";
function undecodableNames(path) {
  const out = /* @__PURE__ */ new Set();
  for (const raw of readdirSync(path, { encoding: "buffer" })) {
    const text = raw.toString("utf8");
    if (!Buffer.from(text, "utf8").equals(raw)) out.add(text);
  }
  return out;
}
function undecodableNameError(dir, name) {
  return new PinshipError(
    `reading the build context ${dir}: the name ${JSON.stringify(name)} is not valid UTF-8 (U+FFFD stands for its undecodable bytes); pinship sends names as UTF-8 text`,
    { field: "context", hint: "rename it to UTF-8, or exclude it in .dockerignore" }
  );
}

// src/build/context/walk.ts
async function walk(dir, at, ignores, exceptions, out, excludedAttributes) {
  const { prefix } = at;
  let names;
  try {
    names = readdirSync2(join(dir, prefix)).sort(byteOrder);
  } catch (err) {
    throw contextReadError(dir, prefix, err);
  }
  const base = sep === "/" ? `${join(dir, prefix)}/`.replace(/\/\/$/, "/") : void 0;
  const depth = at.depth + 1;
  const asks = ignores.decidesAt(depth);
  const undecodable = names.some((n) => n.includes("\uFFFD")) ? undecodableNames(join(dir, prefix)) : void 0;
  for (const file of names) {
    const name = prefix ? `${prefix}/${file}` : file;
    if (undecodable?.has(file)) {
      if (asks ? ignores.ignores(name) : at.ignored) continue;
      throw undecodableNameError(dir, name);
    }
    const source = base ? base + file : join(dir, name);
    let st;
    try {
      st = lstatSync(source);
    } catch (err) {
      throw contextReadError(dir, name, err);
    }
    const isDir = st.isDirectory();
    if (asks ? ignores.ignores(name) : at.ignored) {
      if (file === ".gitattributes") excludedAttributes.push(name);
      if (isDir && exceptions.some((p) => `${p}/`.startsWith(`${name}/`)))
        await walk(dir, { prefix: name, depth, ignored: true }, ignores, exceptions, out, excludedAttributes);
      continue;
    }
    const entry = entryOf(dir, name, source, st);
    if (entry) out.push(entry);
    if (isDir) await walk(dir, { prefix: name, depth, ignored: false }, ignores, exceptions, out, excludedAttributes);
  }
  await new Promise((resolve) => setImmediate(resolve));
}
function entryOf(dir, name, source, st) {
  const mode = st.mode & 4095;
  if (st.isDirectory()) return { name, type: "directory", mode, size: 0, mtimeMs: st.mtimeMs, source };
  if (st.isSymbolicLink()) {
    const linkname = readLink(dir, name, source);
    return { name, type: "symlink", mode, size: 0, mtimeMs: st.mtimeMs, source, linkname };
  }
  if (st.isFile()) return { name, type: "file", mode, size: st.size, mtimeMs: st.mtimeMs, source, stat: st };
  if (st.isFIFO()) return { name, type: "fifo", mode, size: 0, mtimeMs: st.mtimeMs, source };
  return void 0;
}
function readLink(dir, name, source) {
  try {
    return readlinkSync(source);
  } catch (err) {
    throw contextReadError(dir, name, err);
  }
}
function contextReadError(dir, name, err, deniedHint = "make it readable by this user or exclude it in .dockerignore; docker build fails on it too") {
  const code = err?.code;
  const denied = code === "EACCES" || code === "EPERM";
  const why = denied ? "permission denied" : code === "ENOENT" ? "it no longer exists (removed during the build?)" : describeError(err);
  return new PinshipError(`reading the build context ${dir}: cannot read ${name || "."}: ${why}`, {
    field: "context",
    hint: denied ? deniedHint : void 0,
    cause: err
  });
}
function byteOrder(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/docker/dockerignore.ts
var import_dockerignore = __toESM(require_ignore(), 1);
import { posix } from "node:path";
var ignore = import_dockerignore.default.default ?? import_dockerignore.default;
function patternMatcher(patterns) {
  const matcher = ignore({ ignorecase: false }).add([...patterns]);
  return (path) => matcher.ignores(path);
}
function ignoreMatcher(patterns) {
  const ignores = patternMatcher(patterns);
  const depths = /* @__PURE__ */ new Set();
  let anyDepth = false;
  for (const raw of patterns) {
    const pattern = posix.normalize(raw.trim().replace(/^!/, "").trim()).replace(/^\/+|\/+$/g, "");
    if (pattern.includes("**") || /[[\](){}|+^\\]/.test(pattern)) anyDepth = true;
    else depths.add(pattern.split("/").length);
  }
  return { ignores, decidesAt: (segments) => anyDepth || depths.has(segments) };
}

export {
  mb,
  readInstructions,
  substitute,
  VARIABLE,
  readStages,
  stageNames,
  stageVariables,
  patternMatcher,
  ignoreMatcher,
  walk,
  contextReadError,
  chooseBuilder,
  chooseNetwork,
  checkPlatform,
  contextTransfer
};
