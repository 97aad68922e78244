#!/usr/bin/env node
import { createRequire as __pinshipCreateRequire } from 'node:module'; const require = __pinshipCreateRequire(import.meta.url);

// src/errors.ts
var PinshipError = class extends Error {
  file;
  field;
  hint;
  constructor(message, place = {}) {
    super(message, place.cause === void 0 ? void 0 : { cause: place.cause });
    this.name = "PinshipError";
    this.file = place.file;
    this.field = place.field;
    this.hint = place.hint;
  }
  /** `file: field: message (hint)`, on one line. */
  format() {
    const where = [this.file, this.field].filter(Boolean).join(": ");
    const text = oneLine(where ? `${where}: ${this.message}` : this.message);
    return this.hint ? `${text} (${oneLine(this.hint)})` : text;
  }
};
function describeError(err) {
  if (err instanceof PinshipError) return err.format();
  if (err instanceof Error) {
    const code = err.code;
    const text = err.message || String(err);
    return oneLine(code && !text.includes(code) ? `${text} (${code})` : text);
  }
  return oneLine(String(err));
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

// src/log/logger.ts
var SecretMask = class {
  secrets = /* @__PURE__ */ new Set();
  add(value) {
    if (value && value.length >= 3) this.secrets.add(value);
  }
  apply(text) {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }
};

// src/log/console-logger.ts
var ConsoleLogger = class {
  mask = new SecretMask();
  stream;
  verbose;
  interactive;
  lastProgress = "";
  progressShown = false;
  constructor(options = {}) {
    this.stream = options.stream ?? process.stderr;
    this.verbose = options.verbose ?? process.env.PINSHIP_DEBUG === "1";
    this.interactive = options.interactive ?? Boolean(this.stream.isTTY);
  }
  info(message) {
    this.write(message);
  }
  warn(message) {
    this.write(`warning: ${message}`);
  }
  debug(message) {
    if (this.verbose) this.write(`debug: ${message}`);
  }
  async group(name, fn) {
    this.write(`== ${name}`);
    return fn();
  }
  progress(line) {
    const text = this.mask.apply(line);
    if (text === this.lastProgress) return;
    this.lastProgress = text;
    if (this.interactive) {
      this.stream.write(`\r\x1B[2K${text}`);
      this.progressShown = true;
    } else {
      this.stream.write(`${text}
`);
    }
  }
  addSecret(value) {
    this.mask.add(value);
  }
  write(message) {
    if (this.progressShown) {
      this.stream.write("\r\x1B[2K");
      this.progressShown = false;
      this.lastProgress = "";
    }
    this.stream.write(`${this.mask.apply(message)}
`);
  }
};

// src/cli/build.ts
var buildCommand = {
  name: "build",
  summary: "(not yet available)",
  help: "pinship build: not yet available",
  async run() {
    throw new PinshipError("build is not yet available");
  }
};

// src/cli/pin.ts
var pinCommand = {
  name: "pin",
  summary: "(not yet available)",
  help: "pinship pin: not yet available",
  async run() {
    throw new PinshipError("pin is not yet available");
  }
};

// src/cli/run.ts
var runCommand = {
  name: "run",
  summary: "(not yet available)",
  help: "pinship run: not yet available",
  async run() {
    throw new PinshipError("run is not yet available");
  }
};

// src/cli/commands.ts
var commands = [buildCommand, pinCommand, runCommand];

// src/cli/index.ts
var USAGE = `pinship: build compute images by digest, pin them into Kustomize overlays, run, report.

Usage: pinship <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join("\n")}

Run 'pinship <command> --help' for a command's options and examples.`;
async function main(argv) {
  const [verb, ...rest] = argv;
  if (!verb || verb === "--help" || verb === "-h" || verb === "help") {
    process.stdout.write(`${USAGE}
`);
    return verb ? 0 : 2;
  }
  if (verb === "--version") {
    process.stdout.write(`${process.env.PINSHIP_VERSION ?? "0.1.0"}
`);
    return 0;
  }
  const command = commands.find((c) => c.name === verb);
  if (!command) {
    process.stderr.write(`pinship: unknown command ${JSON.stringify(verb)}; run 'pinship --help'
`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    const beforeDashes = rest.indexOf("--") === -1 ? rest : rest.slice(0, rest.indexOf("--"));
    if (beforeDashes.includes("--help") || beforeDashes.includes("-h")) {
      process.stdout.write(`${command.help.trim()}
`);
      return 0;
    }
  }
  const log = new ConsoleLogger();
  try {
    return await command.run({ argv: rest, log, stdout: process.stdout });
  } catch (err) {
    process.stderr.write(`pinship ${verb}: error: ${describeError(err)}
`);
    return 1;
  }
}
process.exitCode = await main(process.argv.slice(2));
