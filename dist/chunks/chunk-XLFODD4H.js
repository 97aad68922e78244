import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  displayText
} from "./chunk-Y544KSEM.js";
import {
  SecretMask
} from "./chunk-R5EDXYIK.js";

// src/run/result-lines.ts
var RESULT_PREFIX = "pinship:result";
function parseResultLine(line) {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  if (!text.startsWith(RESULT_PREFIX)) return { kind: "log" };
  const rest = text.slice(RESULT_PREFIX.length);
  if (rest !== "" && !/^\s/.test(rest)) return { kind: "log" };
  const json = rest.trim();
  if (!json) return { kind: "error", message: 'expected a JSON object after "pinship:result", found nothing' };
  let value;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { kind: "error", message: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const what = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    return { kind: "error", message: `expected a JSON object, got ${what}` };
  }
  const overflow = overflowingNumber(value);
  if (overflow !== void 0) {
    return {
      kind: "error",
      message: `the number at ${overflow} is beyond a 64-bit float (it would be stored as null)`
    };
  }
  return { kind: "result", value };
}
function overflowingNumber(value, at = "") {
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : at || "/";
  if (value === null || typeof value !== "object") return void 0;
  for (const [key, item] of Object.entries(value)) {
    const found = overflowingNumber(item, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (found !== void 0) return found;
  }
  return void 0;
}
var MAX_LINE = 1024 * 1024;
var TAIL_LINE = 2e3;
var MAX_RESULTS = 1e5;
var MAX_RESULT_CHARS = 16 * 2 ** 20;
var OVER_RESULT_CAP = `result not kept: over the cap of ${MAX_RESULTS} results or ${MAX_RESULT_CHARS / 2 ** 20} MiB of result lines per attempt (write bulk data to PINSHIP_OUTPUT_DIR)`;
var MAX_RESULT_ERRORS = 100;
var AttemptOutput = class {
  constructor(attempt, secrets = [], tailSize = 50) {
    this.attempt = attempt;
    this.tailSize = tailSize;
    for (const secret of secrets) this.mask.add(secret);
  }
  attempt;
  tailSize;
  results = [];
  resultErrors = [];
  /** Every invalid result line, also those past MAX_RESULT_ERRORS that are not kept. */
  resultErrorCount = 0;
  lines = 0;
  stdoutLines = 0;
  tailLines = [];
  partial = { stdout: "", stderr: "" };
  /** Whether the stream is inside a line longer than MAX_LINE, whose rest is being dropped. */
  cutting = { stdout: false, stderr: false };
  decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  mask = new SecretMask();
  resultChars = 0;
  write(stream, chunk) {
    let text = this.partial[stream] + this.decoders[stream].decode(chunk, { stream: true });
    let newline = text.indexOf("\n");
    while (newline !== -1) {
      if (this.cutting[stream]) this.cutting[stream] = false;
      else this.line(stream, text.slice(0, newline));
      text = text.slice(newline + 1);
      newline = text.indexOf("\n");
    }
    if (text.length > MAX_LINE) {
      if (!this.cutting[stream]) this.line(stream, text.slice(0, MAX_LINE), true);
      this.cutting[stream] = true;
      text = "";
    }
    this.partial[stream] = text;
  }
  /** Flushes unterminated last lines; call once both streams ended. */
  end() {
    for (const stream of ["stdout", "stderr"]) {
      const rest = this.partial[stream] + this.decoders[stream].decode();
      this.partial[stream] = "";
      if (rest && !this.cutting[stream]) this.line(stream, rest);
      this.cutting[stream] = false;
    }
  }
  /** The last lines of both streams, stderr ones prefixed `stderr: `. */
  tail() {
    return [...this.tailLines];
  }
  line(stream, line, cut = false) {
    this.lines += 1;
    const kept = clip(this.mask.apply(displayText(line)), TAIL_LINE);
    this.tailLines.push(stream === "stderr" ? `stderr: ${kept}` : kept);
    if (this.tailLines.length > this.tailSize) this.tailLines.shift();
    if (stream !== "stdout") return;
    this.stdoutLines += 1;
    let parsed = parseResultLine(line);
    if (cut && parsed.kind !== "log") {
      const over = `result line longer than ${MAX_LINE / 2 ** 20} MiB`;
      parsed = { kind: "error", message: `${over} (a result must fit on one line of at most that size)` };
    } else if (parsed.kind === "result" && !this.fits(line)) {
      parsed = { kind: "error", message: OVER_RESULT_CAP };
    }
    if (parsed.kind === "result") {
      const value = maskJson(parsed.value, this.mask);
      this.results.push({ attempt: this.attempt, line: this.stdoutLines, value });
    } else if (parsed.kind === "error" && ++this.resultErrorCount <= MAX_RESULT_ERRORS) {
      const text = clip(this.mask.apply(displayText(line)), 200);
      const message = this.mask.apply(parsed.message);
      this.resultErrors.push({ attempt: this.attempt, line: this.stdoutLines, message, text });
    }
  }
  /** Whether one more result line stays within MAX_RESULTS and MAX_RESULT_CHARS; counts it when it does. */
  fits(line) {
    if (this.results.length >= MAX_RESULTS || this.resultChars + line.length > MAX_RESULT_CHARS) return false;
    this.resultChars += line.length;
    return true;
  }
};
function maskJson(value, mask) {
  if (typeof value === "string") return mask.apply(value);
  if (Array.isArray(value)) return value.map((item) => maskJson(item, mask));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [mask.apply(key), maskJson(item, mask)]));
  }
  return value;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/run/exit-signal.ts
import { constants } from "node:os";
function signalMessage(exitCode) {
  if (exitCode === null || exitCode <= 128) return null;
  const signal = exitCode - 128;
  const name = Object.entries(constants.signals).find(([, n]) => n === signal)?.[0];
  return name ? `killed by signal ${signal} (${name})` : null;
}

export {
  AttemptOutput,
  signalMessage
};
